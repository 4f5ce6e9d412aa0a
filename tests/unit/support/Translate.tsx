// Stand-in for @docusaurus/Translate: renders the English message with its values, as the default locale does.
import {Fragment, type ReactNode} from 'react';

type Values = Record<string, ReactNode>;

function interpolate(message: string, values: Values = {}): ReactNode[] {
  return message.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={index}>{name && name in values ? values[name] : part}</Fragment>;
  });
}

export function translate({message}: {id?: string; message: string; description?: string}, values?: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values?.[name] ?? whole);
}

export default function Translate({children, values}: {id?: string; description?: string; children: string; values?: Values}) {
  return <>{interpolate(children, values)}</>;
}
