import type { Api } from './api.js'

/** A pull request as the run needs it, read fresh from the API (payloads go stale). */
export interface PullInfo {
  number: number
  title: string
  author: string
  state: string
  draft: boolean
  headSha: string
  baseSha: string
  baseRef: string
  /** The commit the pull request's diff is taken from: the merge base of base and head. */
  mergeBaseSha: string
  /** The head branch lives in another repository (a fork). */
  fromFork: boolean
  htmlUrl: string
}

export async function getPull(api: Api, owner: string, repo: string, number: number): Promise<PullInfo> {
  const { data } = await api.rest.pulls.get({ owner, repo, pull_number: number })
  const compare = await api.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${data.base.sha}...${data.head.sha}`, per_page: 1 })
  return {
    number,
    title: data.title,
    author: data.user.login,
    state: data.state,
    draft: data.draft === true,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    mergeBaseSha: compare.data.merge_base_commit.sha,
    fromFork: (data.head.repo?.full_name ?? '') !== `${owner}/${repo}`,
    htmlUrl: data.html_url,
  }
}
