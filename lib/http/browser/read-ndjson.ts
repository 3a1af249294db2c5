/** Reads a newline-delimited JSON response, calling `onEvent` for each event as it arrives. */
export async function readNdjson(
  response: Response,
  onEvent: (event: Record<string, unknown>) => void,
) {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as Record<string, unknown>);
  }
}
