/**
 * A Fluent MessageBar without a title, labelled by its own text: Fluent points aria-labelledby at a title id,
 * which with no MessageBarTitle names nothing (axe: aria-valid-attr-value in Chromium).
 */
import { MessageBar, MessageBarBody, useId, type MessageBarProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export function PlainMessageBar({
  children,
  actions,
  ...props
}: Omit<MessageBarProps, 'children'> & { children: ReactNode; actions?: ReactNode }) {
  const id = useId('message');
  return (
    <MessageBar {...props} aria-labelledby={id}>
      <MessageBarBody id={id}>{children}</MessageBarBody>
      {actions}
    </MessageBar>
  );
}
