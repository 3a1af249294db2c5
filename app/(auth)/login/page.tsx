import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "./login-form";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-path";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackPath);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-900">Cotiza</p>
          <p className="mt-1 text-sm text-slate-600">Employment history review for underwriters</p>
        </div>
        <LoginForm callbackPath={callbackPath} />
      </div>
    </main>
  );
}
