import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import './BackLink.css';

/** "← Back to …": the way up from a page, a big enough target for a thumb. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="back-link">
      <ArrowLeft size={20} aria-hidden="true" />
      {children}
    </Link>
  );
}
