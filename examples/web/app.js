// The example page: connect, unlock the SIM, show the signal live, send an SMS.
// Every PIN is sent once, as typed: the page never retries one.

import { CmapiClient } from "./cmapi.js";

const $ = (id) => document.getElementById(id);
const client = new CmapiClient();

function show(id, text, isError = false) {
  const element = $(id);
  element.textContent = text;
  element.classList.toggle("error", isError);
}

function explain(error) {
  if (error && error.code !== undefined) {
    return `${error.message} (error ${error.code})`;
  }
  return String(error && error.message ? error.message : error);
}

async function refreshPin() {
  const status = await client.call("CMAPI_Information_GetPINStatus", {});
  const pin1 = status.PINStatusList.find((entry) => entry.PINType === "PIN1");
  const state = pin1 ? pin1.PINState : "unknown";
  const left = pin1 && pin1.attemptsLeft !== undefined ? `, ${pin1.attemptsLeft} attempts left` : "";
  if (state === "ready") {
    show("pin-status", "SIM ready.");
    $("unlock").hidden = true;
  } else if (state === "PINRequired") {
    show("pin-status", `PIN required${left}.`);
    $("unlock").hidden = false;
  } else {
    show("pin-status", `SIM: ${state}${left}.`, true);
    $("unlock").hidden = true;
  }
  return state;
}

const REGISTERED = ["registeredHome", "registeredRoaming"];

function showNetwork(state, name) {
  const network = $("network");
  network.dataset.state = state;
  const where = name ? ` on ${name}` : "";
  network.textContent = REGISTERED.includes(state) ? `Registered${where}.` : `Network: ${state}.`;
  $("sms-send").disabled = !REGISTERED.includes(state);
}

async function refreshNetwork() {
  const registration = await client.call("CMAPI_Information_GetCSNetworkRegistration", {});
  showNetwork(registration.registrationState, "");
}

function showSignal(signal) {
  const percent = Math.max(0, Math.min(100, signal.signalPercentage));
  $("signal-bar").style.width = `${percent}%`;
  const text = $("signal-text");
  text.textContent = `${percent} % (${signal.signalStrength} dBm, ${signal.bars} bars, ${signal.RATType})`;
  text.dataset.percent = String(percent);
}

$("connect").addEventListener("click", async () => {
  show("connection-status", "Connecting…");
  try {
    const opened = await client.connect($("endpoint").value.trim(), $("token").value.trim());
    show("connection-status", `Connected (session ${opened.sessionId}, ${opened.accessLevel} access).`);
    $("sim").hidden = $("signal").hidden = $("sms").hidden = false;
  } catch (error) {
    show("connection-status", `Connection failed: ${explain(error)}`, true);
    return;
  }
  client.onclose = () => show("connection-status", "Disconnected.", true);
  try {
    await client.on("CMAPI_Callback_SignalStrength", (result) => {
      const text = $("signal-text");
      text.dataset.updates = String(Number(text.dataset.updates) + 1);
      showSignal(result);
    });
    await client.on("CMAPI_Callback_RFInformationChange", (result) => {
      showNetwork(result.registrationState, result.networkName);
    });
    await client.on("CMAPI_Callback_SMS_Message", (result) => {
      show("sms-inbox", `Received from ${result.address}: ${result.text}`);
    });
    await refreshPin();
    await refreshNetwork();
    showSignal(await client.call("CMAPI_Information_GetSignalStrength", {}));
  } catch (error) {
    show("connection-status", `Connected, but: ${explain(error)}`, true);
  }
});

$("unlock").addEventListener("submit", async (event) => {
  event.preventDefault();
  const pin = $("pin").value;
  $("pin").value = "";
  $("unlock-button").disabled = true;
  try {
    await client.call("CMAPI_DevSrv_VerifyPIN", { PIN: pin, PINType: "PIN1" });
    await refreshPin();
    await refreshNetwork();
  } catch (error) {
    await refreshPin().catch(() => {});
    show("pin-status", `${$("pin-status").textContent} ${explain(error)}`, true);
  } finally {
    $("unlock-button").disabled = false;
  }
});

$("sms-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  show("sms-status", "Sending…");
  try {
    const sent = await client.call("CMAPI_SMS_Send", {
      address: $("sms-to").value.trim(), text: $("sms-text").value,
    });
    show("sms-status", `Sent in ${sent.segments} part(s), reference ${sent.messageReferences.join(", ")}.`);
  } catch (error) {
    show("sms-status", `Not sent: ${explain(error)}`, true);
  }
});

const params = new URLSearchParams(location.search);
if (params.get("endpoint")) $("endpoint").value = params.get("endpoint");
