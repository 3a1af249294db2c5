// A module-resolution hook for scripts that run the app's server code outside Next: `server-only` resolves as it does inside Next's server
// bundles (the empty module), so seeding, user:create and the benchmarks use the real data layer.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, {
    ...context,
    conditions: [...context.conditions, "react-server"],
  });
}
