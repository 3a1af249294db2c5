import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & {
      id: string;
      role: Role;
      sessionVersion: number;
      /** The server-side session (`user_sessions`) this browser signed in with. */
      sessionId?: string;
    };
  }
  interface User {
    role: Role;
    sessionVersion: number;
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** Compared with the user's row on every request; absent in tokens older than the column. */
    sessionVersion?: number;
    /** The id of the session's `user_sessions` row; the session ends when the row is gone. */
    sid?: string;
  }
}
