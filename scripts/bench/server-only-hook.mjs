// A module-resolution hook for benchmarks: `server-only` resolves as it does inside Next's server
// bundles (the empty module), so scripts can time the real data layer.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, {
    ...context,
    conditions: [...context.conditions, "react-server"],
  });
}
