import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Journey, Still } from "../../e2e/demo/types";

const manifestSchema = z.object({
  name: z.string(),
  title: z.string(),
  summary: z.string(),
  seconds: z.number(),
  stills: z.array(z.object({ file: z.string(), title: z.string(), caption: z.string() })),
});
export type JourneyManifest = z.infer<typeof manifestSchema>;

export const MANIFEST = "journey.json";

export function manifestFor(journey: Journey, stills: Still[], seconds: number): JourneyManifest {
  return { name: journey.name, title: journey.title, summary: journey.summary, seconds, stills };
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function section(m: JourneyManifest): string {
  const poster = m.stills[0] ? ` poster="${m.name}/${m.stills[0].file}"` : "";
  const figures = m.stills
    .map(
      (
        still,
        i,
      ) => `<figure><a href="${m.name}/${still.file}"><img src="${m.name}/${still.file}" loading="lazy" alt=""></a>
<figcaption><strong>${i + 1}. ${escape(still.title)}</strong> ${escape(still.caption)}</figcaption></figure>`,
    )
    .join("\n");
  return `<section id="${m.name}"><h2>${escape(m.title)}</h2><p>${escape(m.summary)}</p>
<video controls preload="metadata" src="${m.name}/video.webm"${poster}></video>
<p class="meta">${m.stills.length} steps · recorded in ${Math.round(m.seconds)} s · <code>npm run demo:record -- --journey ${m.name}</code></p>
<div class="stills">${figures}</div></section>`;
}

/** One page with every recorded journey in `dir`: its video, then its annotated stills. */
export function indexPage(dir: string, journeys: readonly Journey[]): string {
  const recorded = journeys
    .map((journey) => path.join(dir, journey.name, MANIFEST))
    .filter((file) => existsSync(file))
    .map((file) => manifestSchema.parse(JSON.parse(readFileSync(file, "utf8"))));
  const nav = recorded.map((m) => `<a href="#${m.name}">${escape(m.title)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cotiza demos</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#0f172a}
h1{margin-bottom:4px}section{margin:40px 0;border-top:1px solid #e2e8f0;padding-top:8px}
video{width:100%;border-radius:8px;background:#0f172a}.meta{color:#64748b;font-size:13px}
.stills{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:16px}
figure{margin:0}img{width:100%;border:1px solid #e2e8f0;border-radius:6px}
figcaption{font-size:13px;color:#334155}
</style></head><body>
<h1>Cotiza demos</h1><p>Scripted journeys on fixed demo data with pinned clocks. ${nav}</p>
${recorded.map(section).join("\n")}
</body></html>
`;
}
