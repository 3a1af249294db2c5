import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The repository's own ESLint configuration (eslint.config.mjs), on code that is never written to
// disk: a file under components/ is where the rule applies.
const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function literalStrings(code: string, filePath = "components/fixture.tsx") {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const fatal = result?.messages.filter((message) => message.fatal) ?? [];
  expect(fatal, "the fixture parses").toEqual([]);
  return (result?.messages ?? []).filter(
    (message) => message.ruleId === "i18next/no-literal-string",
  );
}

describe("i18next/no-literal-string", () => {
  it("reports English in JSX text and in an aria-label", async () => {
    const reports = await literalStrings(`
export function Fixture({ onClose }: { onClose: () => void }) {
  return (
    <section>
      <h2>Applicants</h2>
      <button type="button" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </section>
  );
}
`);
    expect(reports).toHaveLength(2);
    expect(reports.map((report) => report.line)).toEqual([5, 6]);
  });

  it("reports the other attributes a person reads", async () => {
    const reports = await literalStrings(`
export function Fixture() {
  return <input placeholder="Search" title="Search applicants" />;
}
`);
    expect(reports).toHaveLength(2);
  });

  it("accepts messages from the catalog", async () => {
    const reports = await literalStrings(`
import { useTranslations } from "next-intl";

export function Fixture({ onClose }: { onClose: () => void }) {
  const t = useTranslations("queue");
  return (
    <section>
      <h2>{t("x")}</h2>
      <button type="button" aria-label={t("x")} onClick={onClose}>
        ×
      </button>
    </section>
  );
}
`);
    expect(reports).toEqual([]);
  });

  it("accepts symbols, numbers and the names that are never translated", async () => {
    const reports = await literalStrings(`
export function Fixture() {
  return (
    <p>
      <span>CURP</span> · <span>IMSS</span> — <abbr title="SBC">SBC</abbr> 25 %
    </p>
  );
}
`);
    expect(reports).toEqual([]);
  });

  it("leaves code outside app/ and components/ alone", async () => {
    const reports = await literalStrings(
      `export const Fixture = () => <p>Applicants</p>;\n`,
      "lib/fixture.tsx",
    );
    expect(reports).toEqual([]);
  });
});
