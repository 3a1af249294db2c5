import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";

/**
 * The way back to the queue from the root error and not-found pages. A plain link (a full page
 * load, which also starts the app afresh after an error): these boundaries sit in every page's
 * tree, and next/link would add its client code to every page's first load once more.
 */
export function HomeLink({ children }: { children: ReactNode }) {
  return (
    // eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose (above)
    <a href="/applicants" className={buttonVariants({ variant: "secondary" })}>
      {children}
    </a>
  );
}
