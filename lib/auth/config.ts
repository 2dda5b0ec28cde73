import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { requestMeta, requestMetaFromHeaders } from "@/lib/request";
import { endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { signInWithPassword } from "./sign-in";

/** The code carries the wait, "rate_limited:42", so the form can say how long. */
class TooManyAttempts extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `${RATE_LIMITED_CODE}:${retryAfterSeconds}`;
  }
}

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

class DeactivatedAccount extends CredentialsSignin {
  code = DEACTIVATED_CODE;
}

export const DEACTIVATED_CODE = "deactivated";

export const RATE_LIMITED_CODE = "rate_limited";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    /** The staff_sessions row opened by this sign-in (lib/auth/sessions). */
    sessionId?: string;
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
      // Reachable straight over HTTP (/api/auth/callback/credentials), not only through the
      // login form: every check lives in signInWithPassword, including parsing the input.
      async authorize(credentials, request) {
        const result = await signInWithPassword(credentials, requestMetaFromHeaders(request.headers));
        if (!result.ok) {
          if (result.reason === "rate_limited") throw new TooManyAttempts(result.retryAfterSeconds);
          throw result.reason === "deactivated" ? new DeactivatedAccount() : new InvalidCredentials();
        }
        return { id: result.user.id, sessionVersion: result.user.sessionVersion, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    // The token carries only who signed in, which session row and which session
    // generation; the row, role and active flag are re-read from the database on every
    // request (lib/auth/session.ts).
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return Object.assign(session, {
        sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : -1,
        sessionId: typeof token.sid === "string" ? token.sid : null,
      });
    },
  },
  events: {
    // Both ways out (the dashboard's sign-out action and Auth.js's own /api/auth/signout)
    // end here, so the session row is ended and audited whichever was used. Auth.js logs
    // an error thrown here and still clears the cookie.
    async signOut(message) {
      if ("token" in message && message.token) await endSession(message.token.sid, await requestMeta());
    },
  },
}));
