import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import './Button.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `danger` for the button that confirms something hard to undo (delete, unpublish, revoke). */
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'm' | 'l';
  icon?: ReactNode;
  /** Stretch to the width of the container (forms on phones). */
  block?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', size = 'm', icon, block, className, children, type = 'button', ...rest }: ButtonProps) {
  const classes = ['button', `button--${variant}`, `button--${size}`, block ? 'button--block' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} {...rest}>
      {icon ? <span className="button__icon" aria-hidden="true">{icon}</span> : null}
      {children}
    </button>
  );
}
