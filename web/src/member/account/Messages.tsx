export interface Message {
  tone: 'success' | 'error'
  text: string
}

/** The answers to what the user just did in a section, read out by screen readers as they appear. */
export function Messages({ messages }: { messages: Message[] }) {
  return (
    <div role="status" aria-live="polite" className="messages">
      {messages.map((m) => (
        <p key={m.text} className={`status status-${m.tone}`}>
          {m.text}
        </p>
      ))}
    </div>
  )
}
