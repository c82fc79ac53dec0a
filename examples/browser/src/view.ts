/**
 * The page's DOM: reading the form, filling the table, showing progress and errors. No Effect
 * and no effect-flex here, so the bundle budget's baseline (scripts/size) reuses it as it is.
 * Text goes in with `textContent`, never `innerHTML`: a record's fields are data, not markup.
 */

/** What the form holds when "Load channels" is pressed. */
export interface Settings {
  readonly baseUrl: string
  readonly accountSid: string
  readonly authToken: string
  readonly interactionSid: string
  readonly limit: number
  readonly pageSize: number
}

/** What a row shows of a channel (an `InteractionChannel` has these fields, and more). */
export interface Row {
  readonly sid: string
  readonly type: string | null
  readonly status: string | null
  readonly errorCode: number | null
  readonly errorMessage: string | null
}

/** An error as the page shows it: a tag, a message and the fields worth quoting. */
export interface Problem {
  readonly tag: string
  readonly message: string
  readonly details: ReadonlyArray<readonly [string, string]>
}

const element = <E extends HTMLElement>(id: string): E => {
  const found = document.getElementById(id)
  if (found === null) throw new Error(`#${id} is missing from the page`)
  return found as E
}

const form = () => element<HTMLFormElement>("settings")
const field = (name: string) => form().elements.namedItem(name) as HTMLInputElement
const tbody = () => element<HTMLTableElement>("channels").tBodies[0]!

/**
 * Fills the form from the page's query string (`?baseUrl=…&interaction=KD…&limit=…&pageSize=…`).
 * Credentials are never read from the URL: URLs end up in histories and server logs.
 */
export const applyQuery = (search: string): void => {
  const query = new URLSearchParams(search)
  const names = { baseUrl: "baseUrl", interaction: "interactionSid", limit: "limit", pageSize: "pageSize" } as const
  for (const [param, name] of Object.entries(names)) {
    const value = query.get(param)
    if (value !== null) field(name).value = value
  }
}

export const readSettings = (): Settings => ({
  baseUrl: field("baseUrl").value.trim(),
  accountSid: field("accountSid").value.trim(),
  authToken: field("authToken").value,
  interactionSid: field("interactionSid").value.trim(),
  limit: field("limit").valueAsNumber,
  pageSize: field("pageSize").valueAsNumber
})

export interface Handlers {
  readonly load: () => void
  readonly cancel: () => void
  readonly close: (channelSid: string) => void
}

export const bind = (handlers: Handlers): void => {
  form().addEventListener("submit", (event) => {
    event.preventDefault()
    handlers.load()
  })
  element("cancel").addEventListener("click", handlers.cancel)
  // one listener for every row's button, however many rows there are
  tbody().addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-close]")
    if (button !== null) handlers.close(button.dataset.close!)
  })
}

// -----------------------------------------------------------------------------------------------
// the run: count, progress bar, status line
// -----------------------------------------------------------------------------------------------

let loaded = 0
let limit = 1

const setStatus = (state: "idle" | "running" | "done" | "cancelled" | "failed", text: string) => {
  const status = element("status")
  status.dataset.state = state
  status.textContent = text
}

const setCount = (count: number) => {
  loaded = count
  element<HTMLOutputElement>("count").value = String(count)
  element<HTMLProgressElement>("bar").value = count
}

export const started = (settings: Settings): void => {
  tbody().replaceChildren()
  hideError()
  limit = settings.limit
  element<HTMLProgressElement>("bar").max = limit
  setCount(0)
  setStatus("running", `Loading up to ${limit} channels, ${settings.pageSize} a page…`)
  element<HTMLButtonElement>("load").disabled = true
  element<HTMLButtonElement>("cancel").disabled = false
}

/** Appends a batch of rows in one DOM update, and moves the count and the bar. */
export const appendRows = (channels: Iterable<Row>): void => {
  const rows = document.createDocumentFragment()
  let count = loaded
  for (const channel of channels) rows.append(row(++count, channel))
  tbody().append(rows)
  setCount(count)
}

const stopped = () => {
  element<HTMLButtonElement>("load").disabled = false
  element<HTMLButtonElement>("cancel").disabled = true
}

export const finished = (): void => {
  stopped()
  if (loaded < limit) {
    // the list ended before the limit: that was all of them, so the bar is full
    element<HTMLProgressElement>("bar").max = Math.max(loaded, 1)
    element<HTMLProgressElement>("bar").value = Math.max(loaded, 1)
    setStatus("done", `Done: all ${loaded} channels of the interaction (fewer than the limit of ${limit}).`)
  } else {
    setStatus("done", `Done: the first ${loaded} channels (the limit; the interaction may have more).`)
  }
}

export const cancelled = (): void => {
  stopped()
  setStatus("cancelled", `Cancelled after ${loaded} channels.`)
}

export const failed = (problem: Problem): void => {
  stopped()
  setStatus("failed", `Failed after ${loaded} channels.`)
  showError(problem)
}

// -----------------------------------------------------------------------------------------------
// rows
// -----------------------------------------------------------------------------------------------

const cell = (text: string) => {
  const td = document.createElement("td")
  td.textContent = text
  return td
}

const row = (index: number, channel: Row) => {
  const tr = document.createElement("tr")
  tr.dataset.sid = channel.sid
  tr.dataset.status = channel.status ?? ""
  const button = document.createElement("button")
  button.type = "button"
  button.dataset.close = channel.sid
  button.textContent = "Close"
  button.disabled = channel.status === "closed"
  const actions = document.createElement("td")
  actions.append(button)
  const error = channel.errorCode === null ? "" : `${channel.errorCode} ${channel.errorMessage ?? ""}`
  tr.append(
    cell(String(index)),
    cell(channel.sid),
    cell(channel.type ?? "—"),
    cell(channel.status ?? "—"),
    cell(error),
    actions
  )
  return tr
}

const rowOf = (channelSid: string) => Array.from(tbody().rows).find((tr) => tr.dataset.sid === channelSid)

/** While an update is under way: its button shows it and cannot be pressed twice. */
export const closing = (channelSid: string): void => {
  const button = rowOf(channelSid)?.querySelector("button")
  if (button) {
    button.disabled = true
    button.textContent = "Closing…"
  }
}

/** The channel as the update returned it (or the row as it was, when the update failed). */
export const closed = (channelSid: string, channel: Row | undefined): void => {
  const tr = rowOf(channelSid)
  if (tr === undefined) return
  const button = tr.querySelector("button")!
  const status = channel?.status ?? tr.dataset.status ?? ""
  tr.dataset.status = status
  if (channel !== undefined) tr.dataset.updated = ""
  tr.cells[3]!.textContent = status || "—"
  button.textContent = "Close"
  button.disabled = status === "closed"
}

// -----------------------------------------------------------------------------------------------
// errors
// -----------------------------------------------------------------------------------------------

const hideError = () => {
  const box = element("error")
  box.hidden = true
  box.replaceChildren()
}

export const showError = (problem: Problem): void => {
  const box = element("error")
  const title = document.createElement("p")
  const tag = document.createElement("strong")
  tag.textContent = problem.tag
  title.append(tag, `: ${problem.message}`)
  const list = document.createElement("dl")
  for (const [name, value] of problem.details) {
    const dt = document.createElement("dt")
    dt.textContent = name
    const dd = document.createElement("dd")
    dd.textContent = value
    list.append(dt, dd)
  }
  box.replaceChildren(title, ...(problem.details.length > 0 ? [list] : []))
  box.hidden = false
}
