// A small OpenCMAPI Web binding client for browsers (WebSocket transport, section 5.4.1).
//
// Authentication: a browser cannot set an Authorization header on a WebSocket handshake, so the
// token travels as the subprotocol "bearer.<TOKEN>" next to "cmapi" (cmcli serve selects
// "cmapi" and never echoes the token). The page's origin must be allowed on the endpoint:
// cmcli serve --allow-origin http://localhost:8000
//
// Calls follow tables 7-11 of the binding: every request gets a unique id; responses are matched
// by id; an _Async function first answers {"status": "received"} and then its outcome with the
// same id; callbacks are routed by callbackId to the handlers registered for them.

// A globally unique id (5.2.2.1): a UUID where the page is a secure context, else random hex.
function newId() {
  if (globalThis.crypto && crypto.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class CmapiError extends Error {
  constructor(error) {
    super(error.message);
    this.code = error.code;
    this.data = error.data;
  }
}

export class CmapiClient {
  constructor() {
    this.ws = null;
    this.pending = new Map();    // request id -> {resolve, reject}
    this.handlers = new Map();   // callbackId -> [function]
    this.sessionId = null;
    this.onclose = null;
  }

  // Open the WebSocket and CMAPI_API_Open; resolves with the Open result.
  connect(url, token) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, ["cmapi", "bearer." + token]);
      let opened = false;
      ws.onopen = () => {
        opened = true;
        this.ws = ws;
        this.call("CMAPI_API_Open", {}).then((result) => {
          this.sessionId = result.sessionId || null;
          resolve(result);
        }, reject);
      };
      ws.onerror = () => {
        if (!opened) reject(new Error("the endpoint refused the connection"));
      };
      ws.onclose = (event) => {
        for (const { reject: fail } of this.pending.values()) {
          fail(new Error("connection closed"));
        }
        this.pending.clear();
        this.ws = null;
        if (!opened) reject(new Error("the endpoint refused the connection"));
        else if (this.onclose) this.onclose(event);
      };
      ws.onmessage = (event) => this.receive(event.data);
    });
  }

  close() {
    if (this.ws) this.ws.close(1000);
  }

  // One CMAPI-1 call; resolves with its result, rejects with a CmapiError.
  call(method, params = {}) {
    if (!this.ws) return Promise.reject(new Error("not connected"));
    const id = newId();
    const message = { jsonrpc: "2.0", cmapiversion: "1.1", method, id, params };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify(message));
    });
  }

  // Register handler(result) for a CMAPI-2 callback (CMAPI_Callback_Register).
  async on(callbackId, handler) {
    const list = this.handlers.get(callbackId) || [];
    list.push(handler);
    this.handlers.set(callbackId, list);
    await this.call("CMAPI_Callback_Register", { callbackIds: [callbackId] });
  }

  receive(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return;  // 5.4.1.4: not a message we can use
    }
    const waiting = this.pending.get(message.id);
    if (waiting && !message.callbackId) {
      if (message.result && message.result.status === "received") return;  // interim answer
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new CmapiError(message.error));
      else waiting.resolve(message.result);
      return;
    }
    const handlers = message.callbackId && this.handlers.get(message.callbackId);
    if (handlers && message.result) {
      for (const handler of handlers) handler(message.result);
    }
  }
}
