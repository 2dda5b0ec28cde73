import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { requestMetaFromHeaders } from "@/lib/request";
import { signInSchema } from "./schema";
import { signInWithPassword } from "./sign-in";

/** Staff sessions last a working day; a signed-in browser is re-checked every request anyway. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

function authSecret(): string {
  // CASE: `next build` loads this module without runtime secrets; any request needs the real one.
  if (!env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set: staff sign-in needs a secret of at least 32 characters.");
  }
  return env.AUTH_SECRET;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: {
        login: { label: "Nama pengguna atau surel" },
        password: { label: "Kata sandi", type: "password" },
      },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await signInWithPassword(parsed.data, requestMetaFromHeaders(request.headers).ip);
        if (!result.ok) throw result.reason === "rate_limited" ? new TooManyAttempts() : new InvalidCredentials();
        return { id: result.user.id, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token carries only who signed in and which session generation; role and
    // active flag are re-read from the database on every request (lib/auth/session.ts).
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return Object.assign(session, {
        sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : -1,
      });
    },
  },
}));
