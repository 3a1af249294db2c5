import { test as base, expect, type BrowserContext, type ConsoleMessage } from "@playwright/test";

// Every spec takes `test` from here (or from ./fixtures, built on it), so a Content-Security-Policy
// violation the browser reports fails the test it happened in. Every browser context the test
// opens counts: the `page` fixture's and the ones made with `browser.newContext()`.
export * from "@playwright/test";

/** Repeats the document's `securitypolicyviolation` events on the console, where we read them. */
function reportViolations() {
  document.addEventListener("securitypolicyviolation", (event) =>
    console.error(
      `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`,
    ),
  );
}

const isViolation = (message: ConsoleMessage) =>
  message.type() === "error" && /Content Security Policy/i.test(message.text());

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const record = (message: ConsoleMessage) => {
        if (isViolation(message)) violations.push(message.text());
      };
      const watched: BrowserContext[] = [];
      const watch = (context: BrowserContext) => {
        watched.push(context);
        context.on("console", record);
        void context.addInitScript(reportViolations).catch(() => undefined);
      };
      browser.on("context", watch);
      await use(violations);
      browser.off("context", watch);
      for (const context of watched) context.off("console", record);
      expect(violations, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
