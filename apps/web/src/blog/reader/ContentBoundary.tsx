import { Component, type ReactNode } from 'react';

interface ContentBoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Shows `fallback` instead of content that cannot be drawn (e.g. a node this app does not
 * know yet), so one broken post never takes its comments and the page down with it.
 */
export class ContentBoundary extends Component<ContentBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
