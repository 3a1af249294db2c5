import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "demo-recordings/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // What a person reads comes from the message catalogs (lib/i18n/messages): no text in JSX, nor
    // in the attributes a person reads or hears. lib/i18n/lint.test.ts proves the rule bites.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            include: [
              "aria-label",
              "aria-description",
              "placeholder",
              "title",
              "alt",
              "label",
              "hint",
              "description",
            ],
          },
          words: {
            exclude: [
              "[0-9!-/:-@[-`{-~·—–…×÷→←↑↓▲▼↕✓✕•\\s]+",
              "Cotiza",
              "CURP",
              "NSS",
              "RFC",
              "IMSS",
              "ISSSTE",
              "UMA",
              "SBC",
              "MXN",
              "CSV",
              "Belvo",
            ],
          },
        },
      ],
    },
  },
  {
    // Every spec runs under the CSP check: its `test` comes from e2e/csp-guard.ts (or fixtures.ts).
    files: ["e2e/**/*.ts"],
    ignores: ["e2e/csp-guard.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test"],
              message:
                "Import `test` from ./csp-guard (or ./fixtures) so CSP violations fail the test.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
