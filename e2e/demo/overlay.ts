import { expect, type Locator, type Page } from "@playwright/test";

const CAPTION_ID = "cotiza-demo-caption";
const SPOTLIGHT_ID = "cotiza-demo-spotlight";
const SPACER_ID = "cotiza-demo-spacer";
/** Room the caption bar takes at the bottom of the viewport. */
const CAPTION_ROOM = 150;

/**
 * Scrolls `target` to the middle of the space above the caption bar and puts a ring around it. A
 * spacer as tall as the bar lets even the last element of a short page scroll clear of it. If the
 * page re-renders the element meanwhile (a refresh after a reload), the ring is placed again.
 */
export async function spotlight(target: Locator): Promise<void> {
  await expect(async () => {
    await placeRing(target);
    const placed = await target.evaluate((element, id) => {
      const ring = document.getElementById(id)?.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      const onTarget =
        !!ring &&
        box.width > 0 &&
        Math.abs(ring.left + 8 - box.left) < 1 &&
        Math.abs(ring.top + 8 - box.top) < 1;
      if (!onTarget) document.getElementById(id)?.remove();
      return onTarget;
    }, SPOTLIGHT_ID);
    expect(placed, "the spotlight ring surrounds its element").toBe(true);
  }).toPass({ timeout: 5_000 });
}

async function placeRing(target: Locator): Promise<void> {
  await target.evaluate(
    (element, { id, spacerId, room }) => {
      if (!document.getElementById(spacerId)) {
        const spacer = document.createElement("div");
        spacer.id = spacerId;
        spacer.style.height = `${room}px`;
        document.body.append(spacer);
      }
      const box = element.getBoundingClientRect();
      const free = window.innerHeight - room;
      const offset = box.height < free ? (free - box.height) / 2 : 24;
      window.scrollTo({ top: Math.max(0, box.top + window.scrollY - offset), behavior: "instant" });
      const moved = element.getBoundingClientRect();
      const ring = document.createElement("div");
      ring.id = id;
      Object.assign(ring.style, {
        position: "absolute",
        left: `${moved.left + window.scrollX - 8}px`,
        top: `${moved.top + window.scrollY - 8}px`,
        width: `${moved.width + 16}px`,
        height: `${moved.height + 16}px`,
        border: "3px solid #f59e0b",
        borderRadius: "12px",
        boxShadow: "0 0 0 9999px rgba(15, 23, 42, 0.28)",
        pointerEvents: "none",
        zIndex: "2147483646",
      });
      document.body.append(ring);
    },
    { id: SPOTLIGHT_ID, spacerId: SPACER_ID, room: CAPTION_ROOM },
  );
}

/** A subtitle bar at the bottom of the viewport; it never takes clicks. */
export async function showCaption(
  page: Page,
  text: { label: string; title: string; caption: string },
): Promise<void> {
  await page.evaluate(
    ({ id, label, title, caption }) => {
      const bar = document.createElement("div");
      bar.id = id;
      bar.setAttribute("aria-hidden", "true");
      Object.assign(bar.style, {
        position: "fixed",
        left: "24px",
        right: "24px",
        bottom: "24px",
        padding: "14px 20px",
        borderRadius: "12px",
        background: "rgba(15, 23, 42, 0.94)",
        color: "#f8fafc",
        fontFamily: "inherit",
        lineHeight: "1.45",
        boxShadow: "0 10px 30px rgba(15, 23, 42, 0.35)",
        pointerEvents: "none",
        zIndex: "2147483647",
      });
      const parts = [
        [label, "12px", "600", "#fbbf24"],
        [title, "19px", "700", "#ffffff"],
        [caption, "15px", "400", "#e2e8f0"],
      ] as const;
      for (const [content, size, weight, color] of parts) {
        const line = document.createElement("div");
        line.textContent = content;
        Object.assign(line.style, { fontSize: size, fontWeight: weight, color, marginTop: "2px" });
        bar.append(line);
      }
      document.body.append(bar);
    },
    { id: CAPTION_ID, ...text },
  );
}

/** Removes the caption and the spotlight (a navigation removes them too). */
export async function clearOverlay(page: Page): Promise<void> {
  await page.evaluate(
    (ids) => ids.forEach((id) => document.getElementById(id)?.remove()),
    [CAPTION_ID, SPOTLIGHT_ID, SPACER_ID],
  );
}
