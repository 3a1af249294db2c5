// `tsx --import ./scripts/lib/as-server.mjs <script>`: a script that runs the app's server-only
// modules (the data layer) outside Next, where `server-only` must resolve as on the server.
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
