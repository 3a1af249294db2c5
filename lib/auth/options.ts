import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/auth/client-address";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-error";
import { SignInRefused, signInWithCredentials } from "@/lib/auth/sign-in";
import { endUserSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/user-sessions";
import { isRole } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { safeErrorSummary } from "@/lib/errors";

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      // next-auth puts a thrown error's message in the sign-in answer's URL: only our codes may
      // get there (lib/auth/sign-in-error.ts), never an exception's text (a database error echoes
      // the values it was given).
      async authorize(raw, request) {
        try {
          return await signInWithCredentials(raw, clientAddress(request?.headers));
        } catch (error) {
          if (error instanceof SignInRefused) throw new Error(error.message);
          console.error(`cotiza: sign-in failed unexpectedly: ${safeErrorSummary(error)}`);
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "role" in user && isRole(user.role)) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub && isRole(token.role)) {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.user.sessionVersion = token.sessionVersion ?? 0;
        session.user.sessionId = token.sid;
      }
      return session;
    },
  },
  events: {
    // Ends the session on the server: the token itself would stay valid until it expires.
    async signOut({ token }) {
      await endUserSession(token?.sid);
    },
  },
};
