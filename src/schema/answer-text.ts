// A root field's answer as the JSON text its statement wrote (src/data/compile.ts, compileAnswer),
// carried in the response's `data` to where the response is serialized, which writes it in place.
import type { FormattedExecutionResult } from 'graphql';

export class AnswerText {
  constructor(readonly text: string) {}

  /** What anything else serializing the answer sees: the value the text is. */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/**
 * `JSON.stringify(result)`, with each root field's answer written as text put in its place as it
 * is: the same text, without parsing the answer into objects only to write it back.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const { data } = result;
  if (!data || !Object.values(data).some((value) => value instanceof AnswerText)) return JSON.stringify(result);
  return membersText(result as Record<string, unknown>, (key, value) => (key === 'data' ? membersText(data, valueText) : valueText(key, value)));
}

/** An object's JSON as JSON.stringify writes it (undefined members left out), each member's value written by `write`. */
function membersText(object: Record<string, unknown>, write: (key: string, value: unknown) => string): string {
  let text = '';
  for (const key in object) {
    const value = object[key];
    if (value === undefined) continue;
    text += `${text ? ',' : '{'}${JSON.stringify(key)}:${write(key, value)}`;
  }
  return text ? `${text}}` : '{}';
}

function valueText(_key: string, value: unknown): string {
  return value instanceof AnswerText ? value.text : JSON.stringify(value);
}
