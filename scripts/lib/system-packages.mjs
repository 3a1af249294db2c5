// Debian packages the tests need, installed with apt-get when missing and we run as root.
import { execFileSync } from "node:child_process";
import { run } from "./processes.mjs";

export function hasCommand(name) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const canUseApt = () => process.getuid?.() === 0 && hasCommand("apt-get");

/** Installs Debian's `aptPackage` (exit code 0 when done); the caller checks `canUseApt()` first. */
export async function aptInstall(aptPackage) {
  console.log(`cotiza: installing Debian's ${aptPackage} package with apt-get…`);
  const updated = await run("apt-get", ["update", "-qq"]);
  if (updated !== 0) return updated;
  return run("apt-get", ["install", "-y", "-qq", aptPackage], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** `pdftotext` (poppler-utils): the report tests read the PDFs Cotiza renders with it. */
export async function ensurePdftotext() {
  if (hasCommand("pdftotext")) return 0;
  if (canUseApt()) return aptInstall("poppler-utils");
  console.error(
    "cotiza: the report tests read PDFs with pdftotext; install it (Debian: apt-get install poppler-utils)",
  );
  return 1;
}
