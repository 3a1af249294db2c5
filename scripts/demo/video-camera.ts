import { spawn } from "node:child_process";
import type { Page } from "@playwright/test";
import type { Camera } from "../../e2e/demo/stage";

const FPS = 25;
// VP9 at constant quality: small files (mostly still pictures), encoded faster than real time.
const INPUT = `-loglevel error -f image2pipe -framerate ${FPS} -c:v mjpeg -i pipe:0 -an`;
const ENCODE = "-c:v libvpx-vp9 -deadline realtime -cpu-used 8 -row-mt 1 -crf 36 -b:v 0";
// A cursor and a ring on what is clicked or typed into; Playwright's own action titles (locators,
// typed text such as a password) are for debugging, not for an audience.
const ACTIONS = {
  cursor: "pointer",
  duration: 800,
  style: {
    highlight: "outline: 3px solid rgba(245, 158, 11, 0.9); border-radius: 6px",
    title: "display: none",
  },
} as const;

/**
 * Films the pages a journey shows into one WebM (VP9) through the system's ffmpeg. Playwright's
 * screencast sends a JPEG when the picture changes; a steady clock repeats the latest one 25 times
 * a second, so the video keeps real time however fast ffmpeg encodes.
 */
export function createVideoCamera({
  file,
  size,
}: {
  file: string;
  size: { width: number; height: number };
}): Camera {
  // Frames can come a scrollbar narrower: fit each one into the video's size.
  const fit = `scale=${size.width}:${size.height}:force_original_aspect_ratio=decrease,pad=${size.width}:${size.height}`;
  const args = `${INPUT} -vf ${fit} ${ENCODE} -pix_fmt yuv420p -y`.split(" ");
  const ffmpeg = spawn("ffmpeg", [...args, file], {
    stdio: ["pipe", "ignore", "pipe"],
  });
  const errors: string[] = [];
  ffmpeg.stderr.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
  const finished = new Promise<number | null>((resolve) => ffmpeg.once("exit", resolve));

  let latest: Buffer | null = null;
  let startedAt = 0;
  let written = 0;
  const catchUp = () => {
    if (!latest) return;
    const due = Math.floor(((Date.now() - startedAt) * FPS) / 1000) + 1;
    for (; written < due; written += 1) ffmpeg.stdin.write(latest);
  };
  const ticker = setInterval(catchUp, 1000 / FPS);

  let filming: Page | null = null;
  const stopFilming = async () => {
    if (filming && !filming.isClosed()) await filming.screencast.stop();
    filming = null;
  };

  return {
    async film(page) {
      if (filming === page) return;
      await stopFilming();
      filming = page;
      await page.screencast.start({
        size,
        quality: 90,
        onFrame: ({ data }) => {
          if (!latest) startedAt = Date.now();
          latest = data;
        },
      });
      await page.screencast.showActions(ACTIONS);
    },
    async still(page, take) {
      // The cursor and action labels are for the video; stills stay the same on every run.
      await page.screencast.hideActions();
      await take();
      await page.screencast.showActions(ACTIONS);
    },
    async stop() {
      catchUp();
      clearInterval(ticker);
      await stopFilming();
      ffmpeg.stdin.end();
      const code = await finished;
      if (code !== 0) throw new Error(`ffmpeg failed (${code}): ${errors.join("").trim()}`);
    },
  };
}
