import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

/** The one answer after asking for a link by e-mail, whether or not the address has an account. */
export function MailSent({ title, body, back }: { title: string; body: string; back: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3">{body}</p>
      <p className="mt-6">
        <Link href="/inloggen" className={linkClass}>
          {back}
        </Link>
      </p>
    </>
  );
}
