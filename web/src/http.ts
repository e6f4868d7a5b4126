// The fetch underneath every API client: same-origin cookies, the CSRF echo, errors as ApiError (docs/api.md).
import type { FieldError } from './types'

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string | undefined,
    public title: string | undefined,
    public detail: string | undefined,
    public errors: FieldError[],
  ) {
    super(detail || title || `请求失败（${status}）`)
  }
}

let unauthorizedHandler: (() => void) | null = null

/** Called on any 401 (except the login request itself). */
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return decodeURIComponent(v.join('='))
  }
  return null
}

let csrfFallback: string | null = null
let csrfLoaded = false

/** GET /api/auth/csrf: makes the server (re)issue the XSRF-TOKEN cookie. */
export async function refreshCsrf(): Promise<void> {
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  if (res.ok) {
    try {
      const body = (await res.json()) as { token?: string }
      csrfFallback = body.token ?? null
    } catch {
      csrfFallback = null
    }
    csrfLoaded = true
  }
}

async function csrfToken(): Promise<string | null> {
  if (!csrfLoaded && !readCookie('XSRF-TOKEN')) await refreshCsrf()
  // Always re-read the cookie: the server may rotate it (e.g. after login).
  return readCookie('XSRF-TOKEN') ?? csrfFallback
}

interface RequestOptions {
  /** Do not redirect to the login page on 401 (login form handles it). */
  noAuthRedirect?: boolean
}

async function toError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {}
  try {
    const text = await res.text()
    body = text ? JSON.parse(text) : {}
  } catch {
    body = {}
  }
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
  let detail = str(body.detail)
  if (!detail && !str(body.title)) {
    if (res.status === 413) detail = '文件过大'
    else if (res.status === 403) detail = '没有权限执行此操作'
    else if (res.status === 404) detail = '记录不存在或不在您的管辖范围内'
    else if (res.status >= 500) detail = '服务器错误，请稍后再试'
  }
  const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : []
  return new ApiError(res.status, str(body.code), str(body.title), detail, errors)
}

async function send(method: string, url: string, body: unknown, opts: RequestOptions, retried = false): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  let payload: BodyInit | undefined
  if (body instanceof FormData) {
    payload = body
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await csrfToken()
    if (token) headers['X-XSRF-TOKEN'] = token
  }
  let res: Response
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'NETWORK', undefined, '无法连接服务器，请检查网络', [])
  }
  // A missing or stale CSRF token answers 403 (the server does not tell it apart from other denials):
  // fetch a fresh token and try once more. A rejected request had no effect, so repeating it is safe.
  if (res.status === 403 && method !== 'GET' && !retried) {
    await refreshCsrf()
    return send(method, url, body, opts, true)
  }
  if (res.status === 401 && !opts.noAuthRedirect && unauthorizedHandler) unauthorizedHandler()
  return res
}

export async function request<T>(method: string, url: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, url, body, opts)
  if (!res.ok) throw await toError(res)
  if (res.status === 204) return undefined as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}
