import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { demoText, journeyText } from "../../e2e/demo/stage";
import type { Journey, Still } from "../../e2e/demo/types";
import { FORMAT_LOCALE, LOCALES, type Locale } from "../../lib/i18n/locales";

const manifestSchema = z.object({
  name: z.string(),
  title: z.string(),
  summary: z.string(),
  language: z.enum(LOCALES).default("es"),
  seconds: z.number(),
  stills: z.array(z.object({ file: z.string(), title: z.string(), caption: z.string() })),
});
export type JourneyManifest = z.infer<typeof manifestSchema>;

export const MANIFEST = "journey.json";

/** What the index page needs of a recorded journey, in the language it was recorded in. */
export function manifestFor(
  journey: Journey,
  stills: Still[],
  seconds: number,
  language: Locale,
): JourneyManifest {
  return { name: journey.name, ...journeyText(journey, language), language, seconds, stills };
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function section(m: JourneyManifest, language: Locale): string {
  const t = demoText(language);
  const command = `npm run demo:record -- --journey ${m.name}${m.language === "es" ? "" : ` --locale ${m.language}`}`;
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
<p class="meta">${escape(t("index.meta", { steps: m.stills.length, seconds: Math.round(m.seconds) }))} · <code>${command}</code></p>
<div class="stills">${figures}</div></section>`;
}

/** One page with every recorded journey in `dir`: its video, then its annotated stills. */
export function indexPage(dir: string, journeys: readonly Journey[], language: Locale): string {
  const t = demoText(language);
  const recorded = journeys
    .map((journey) => path.join(dir, journey.name, MANIFEST))
    .filter((file) => existsSync(file))
    .map((file) => manifestSchema.parse(JSON.parse(readFileSync(file, "utf8"))));
  const nav = recorded.map((m) => `<a href="#${m.name}">${escape(m.title)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="${FORMAT_LOCALE[language]}"><head><meta charset="utf-8"><title>${escape(t("index.title"))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#0f172a}
h1{margin-bottom:4px}section{margin:40px 0;border-top:1px solid #e2e8f0;padding-top:8px}
video{width:100%;border-radius:8px;background:#0f172a}.meta{color:#64748b;font-size:13px}
.stills{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:16px}
figure{margin:0}img{width:100%;border:1px solid #e2e8f0;border-radius:6px}
figcaption{font-size:13px;color:#334155}
</style></head><body>
<h1>${escape(t("index.title"))}</h1><p>${escape(t("index.intro"))} ${nav}</p>
${recorded.map((m) => section(m, language)).join("\n")}
</body></html>
`;
}
