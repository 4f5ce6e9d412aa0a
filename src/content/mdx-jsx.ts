/**
 * The small part of the MDX syntax tree the remark plugins and the structure checks (./structure.ts) read and write:
 * JSX elements (`<GetHelp kinds={...} />`, `<Risk action="..." />`) and their attributes. Shared so each says only
 * what it supplies or checks.
 */
type MdxAttribute = {type: string; name?: string; value?: unknown};
export type MdastNode = {type: string; name?: string | null; attributes?: MdxAttribute[]; children?: MdastNode[]};

type JsxElement = {type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name?: string | null; attributes?: MdxAttribute[]};

/** A JSX element in flow (its own line) or in text (inside a paragraph); any tree's node type narrows to it. */
export function isJsxElement<Node extends {type: string; name?: string | null}>(node: Node, name: string): node is Node & JsxElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** An attribute's text: a string value as written, or the source of an expression such as kinds={["hotline"]}. */
export function attributeValue(node: {attributes?: readonly MdxAttribute[]}, name: string): string | undefined {
  const value = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return undefined;
}

/** Adds a string attribute (JSON, usually) for the component to read. */
export function addAttribute(node: MdastNode, name: string, value: string): void {
  node.attributes = [...(node.attributes ?? []), {type: 'mdxJsxAttribute', name, value}];
}
