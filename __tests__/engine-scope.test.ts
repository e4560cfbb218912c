import { describe, expect, it } from 'vitest'
import { findings } from './helpers/analyze.js'

/*
 * Whose words a reading takes: a clause is read in its own words, with its lead-in, heading or
 * neighbours as context only. Cases in wording of our own; lines are 1-based.
 */
const doc = (...paragraphs: string[]): string => `# Terms of Use\n\n${paragraphs.join('\n\n')}\n`
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

describe('ownership statements', () => {
  const notice = 'If someone copied your artwork without permission, send a notice to legal@quill.example with:\n\n- the address of the page; and\n- a statement that you are the owner or may act for the owner.'
  const ownership = 'Quill claims no ownership of the drawings and comments you upload. You keep every right you hold in them.'

  it('dropping the ownership promise is a removal even when a copyright-notice list says "you are the owner"', () => {
    const before = doc('## Your work', ownership, '## Copyright', notice)
    const after = doc('## Your work', 'You are responsible for the drawings and comments you upload.', '## Copyright', notice)
    const removed = findings(before, after).filter((f) => f.category === 'removed-protection')
    expect(removed.map((f) => [f.side, f.startLine])).toContainEqual(['before', lineOf(before, 'Quill claims no ownership')])
  })

  it('keeping it in other words is no removal', () => {
    const before = doc('## Your work', ownership, '## Copyright', notice)
    const after = doc('## Your work', 'The drawings and comments you upload remain yours.', '## Copyright', notice)
    expect(findings(before, after).filter((f) => f.category === 'removed-protection')).toEqual([])
  })
})
