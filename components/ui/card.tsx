import type { HTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("border-b border-slate-100 px-5 py-4", className)} {...props} />;
}

export function CardTitle({ className, ...props }: HTMLAttributes<HTMLHeadingElement>) {
  return <h2 className={cn("text-base font-semibold text-slate-900", className)} {...props} />;
}

/** `roomy`: more room above and below, for a card holding one form or one message. */
export function CardContent({
  className,
  roomy,
  ...props
}: HTMLAttributes<HTMLDivElement> & { roomy?: boolean }) {
  return <div className={cn("px-5", roomy ? "py-6" : "py-4", className)} {...props} />;
}
