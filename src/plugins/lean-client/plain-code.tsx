/**
 * Stands in for `prism-react-renderer` (see index.ts): the same two exports the theme uses, without Prism's
 * grammars. <Highlight> hands its render function one plain token per line, so the theme's code block keeps its
 * markup, copy button and line numbers, unhighlighted.
 */
import type {CSSProperties, ReactNode} from 'react';
import clsx from 'clsx';

type Token = {types: string[]; content: string};
type PropsGetter<T> = (input: T & {className?: string; style?: CSSProperties}) => {className: string; style?: CSSProperties; children?: ReactNode};

type RenderProps = {
  className: string;
  style: CSSProperties;
  tokens: Token[][];
  getLineProps: PropsGetter<{line: Token[]}>;
  getTokenProps: PropsGetter<{token: Token}>;
};

/** The theme's prism-include-languages registers extra grammars on this object; there are none to register. */
export const Prism = {languages: {}};

export function Highlight({code, language, children}: {code: string; language?: string; children: (props: RenderProps) => ReactNode}) {
  const tokens = code.replace(/\n$/, '').split('\n').map((content) => [{types: ['plain'], content}]);
  return children({
    className: clsx('prism-code', language && `language-${language}`),
    style: {},
    tokens,
    getLineProps: ({line: _line, className, style}) => ({className: clsx('token-line', className), style}),
    getTokenProps: ({token, className, style}) => ({className: clsx('token', ...token.types, className), style, children: token.content}),
  });
}
