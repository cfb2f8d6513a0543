// People at the till: first setup, the recovery code, signing in and
// out, idle sign-out, and the owner's PIN asked for one change.
import { invoke, $, show, errorText } from "./shared.js";
import { forget, hasLines } from "./cart.js";
import { loadCounter, loadSelling } from "./counter.js";
import { lockOwner } from "./owner/office.js";
import { loadRecent } from "./recent.js";
import { state } from "./state.js";
import { t } from "./i18n.js";

// When someone last touched the till; the counter and the back office each
// lock themselves after their idle time.
const touch = { counter: Date.now(), office: Date.now() };

export function touched() {
  touch.counter = touch.office = Date.now();
}

// The first run, or nobody signed in: the gate in front of the counter.
export function showGates() {
  const c = state.counter;
  show($("setup"), c.setup_needed);
  show($("signin"), !c.setup_needed && !c.person);
  $("person-name").textContent = c.person ? c.person.name : "";
  $("person-role").textContent = c.person ? t(`role-${c.person.role}`) : "";
  show($("switch-person"), !!c.person);
  if (c.setup_needed) {
    if (!$("setup").contains(document.activeElement)) $("setup-shop").focus();
  } else if (!c.person) {
    renderSignIn();
  }
}

async function submitSetup(ev) {
  ev.preventDefault();
  $("setup-message").textContent = t("setup-working");
  try {
    const done = await invoke("setup", {
      shopName: $("setup-shop").value,
      fiat: $("setup-fiat").value,
      pin: $("setup-pin").value,
      pinAgain: $("setup-pin-again").value,
    });
    $("setup-message").textContent = "";
    if (done && done.recovery_code) {
      // Shown before anything else can fail: it is never shown again.
      showRecovery(done.recovery_code);
      await loadCounter().catch(() => {});
    } else {
      await afterSignIn();
    }
  } catch (e) {
    $("setup-message").textContent = errorText(e);
  } finally {
    $("setup-pin").value = "";
    $("setup-pin-again").value = "";
  }
}

// The recovery code, once: the counter waits until the owner has it on paper.
function showRecovery(code) {
  $("recovery-code").textContent = code;
  show($("recovery"), true);
  if (document.activeElement) document.activeElement.blur();
  $("recovery-title").focus();
}

async function recoveryDone() {
  show($("recovery"), false);
  $("recovery-code").textContent = "";
  await afterSignIn();
}

function renderSignIn() {
  const box = $("signin-people");
  box.replaceChildren();
  const staff = state.counter.staff;
  const last = localStorage.getItem("last-person");
  const chosen = staff.find((p) => p.id === (state.signinPerson || {}).id) ||
    staff.find((p) => p.id === last) || (staff.length === 1 ? staff[0] : null);
  for (const p of staff) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.id = p.id;
    const name = document.createElement("b");
    name.textContent = p.name;
    const role = document.createElement("small");
    role.textContent = t(`role-${p.role}`);
    b.append(name, role);
    b.addEventListener("click", () => choosePerson(p));
    box.append(b);
  }
  if (chosen) {
    choosePerson(chosen);
  } else {
    $("signin-label").textContent = t("signin-tap-name");
  }
}

function choosePerson(p) {
  state.signinPerson = p;
  document.querySelectorAll("#signin-people button").forEach((b) =>
    b.classList.toggle("chosen", b.dataset.id === p.id));
  $("signin-label").textContent = t("signin-pin-for", { name: p.name });
  $("signin-message").textContent = "";
  $("signin-pin").value = "";
  $("signin-pin").focus();
}

async function submitSignIn(ev) {
  ev.preventDefault();
  if (!state.signinPerson) {
    $("signin-message").textContent = t("signin-name-first");
    return;
  }
  try {
    await invoke("sign_in", { id: state.signinPerson.id, pin: $("signin-pin").value });
    localStorage.setItem("last-person", state.signinPerson.id);
    $("signin-message").textContent = "";
    await afterSignIn();
  } catch (e) {
    $("signin-message").textContent = errorText(e);
  } finally {
    $("signin-pin").value = "";
  }
}

// Someone is at the counter now: their sales, the amount entry ready.
async function afterSignIn() {
  touched();
  await loadCounter();
  if (document.activeElement) document.activeElement.blur();
  await loadSelling();
  await loadRecent();
}

async function switchPerson() {
  // A cart is its cashier's: the next person starts with none, and the
  // customer display forgets it.
  if (hasLines()) {
    forget();
    if (!state.invoice) await invoke("show", { id: null }).catch(() => {});
  }
  await invoke("sign_out").catch(() => {});
  state.signinPerson = null;
  show($("owner"), false);
  await loadCounter();
}

// Every few seconds: has the counter or the back office sat idle too long?
function checkIdle() {
  const c = state.counter;
  if (!c) return;
  const now = Date.now();
  if (!$("owner").hidden && now - touch.office > c.owner_idle_minutes * 60000) lockOwner();
  if (c.person && !state.invoice && c.counter_idle_minutes > 0 && $("recovery").hidden &&
      now - touch.counter > c.counter_idle_minutes * 60000) {
    switchPerson();
  }
}

// The owner's PIN for one change; null when cancelled.
export function askPin(title) {
  return askFor(title, t("ask-pin-why"), null)
    .then((answer) => answer && answer.pin);
}

// A manager's or the owner's PIN letting something past a limit:
// {staff, pin}, or null when cancelled.
export function askApproval(title, why) {
  const approvers = state.counter.staff.filter((p) => p.role !== "cashier");
  return askFor(title, why, approvers);
}

function askFor(title, why, people) {
  return new Promise((resolve) => {
    $("ask-pin-title").textContent = title;
    $("ask-pin-why").textContent = why;
    const sel = $("ask-pin-person");
    sel.replaceChildren();
    for (const p of people || []) sel.add(new Option(`${p.name} (${t(`role-${p.role}`)})`, p.id));
    show(sel, !!people);
    $("ask-pin-input").value = "";
    show($("ask-pin"), true);
    (people && people.length > 1 ? sel : $("ask-pin-input")).focus();
    const done = (value) => {
      show($("ask-pin"), false);
      $("ask-pin-form").onsubmit = null;
      $("ask-pin-cancel").onclick = null;
      resolve(value);
    };
    $("ask-pin-form").onsubmit = (ev) => {
      ev.preventDefault();
      done({ staff: sel.value || null, pin: $("ask-pin-input").value });
    };
    $("ask-pin-cancel").onclick = () => done(null);
  });
}

export function wire() {
  $("setup-form").addEventListener("submit", submitSetup);
  $("recovery-done").addEventListener("click", recoveryDone);
  $("signin-form").addEventListener("submit", submitSignIn);
  $("switch-person").addEventListener("click", switchPerson);
  for (const kind of ["keydown", "pointerdown"]) {
    document.addEventListener(kind, touched, { capture: true });
  }
  setInterval(checkIdle, 5000);
}
