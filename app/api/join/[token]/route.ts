import { NextResponse } from "next/server";
import { setPasswordWithLink } from "@/lib/team/password-links";
import { readJson } from "@/lib/http/server/read-json";
import { errorResponse } from "@/lib/http/server/route";
import { setPasswordSchema } from "@/lib/team/input";

type Context = { params: Promise<Record<string, string | string[]>> };

/** Public: the link's token is the credential. Sets the password once; the person then signs in. */
export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    const { token } = await context.params;
    const { password } = await readJson(request, setPasswordSchema);
    return NextResponse.json(await setPasswordWithLink(String(token), password));
  } catch (error) {
    return errorResponse(error);
  }
}
