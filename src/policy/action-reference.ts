import { parse } from 'yaml'

export const ACTION_REFERENCE_START = '<!-- action-reference:start (generated from action.yml by npm run schema) -->'
export const ACTION_REFERENCE_END = '<!-- action-reference:end -->'

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs?: Record<string, { description?: string }>
}

const cell = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()

/** README's table of the Action's inputs and outputs, from action.yml so the two cannot drift. */
export function actionReference(actionYml: string): string {
  const action = parse(actionYml) as ActionYml
  const out = [ACTION_REFERENCE_START, '', '| input | default | meaning |', '|---|---|---|']
  for (const [name, input] of Object.entries(action.inputs ?? {})) out.push(`| \`${name}\` | ${input.default ? `\`${input.default}\`` : ''} | ${cell(input.description)} |`)
  out.push('', '| output | meaning |', '|---|---|')
  for (const [name, output] of Object.entries(action.outputs ?? {})) out.push(`| \`${name}\` | ${cell(output.description)} |`)
  out.push('', ACTION_REFERENCE_END)
  return out.join('\n')
}
