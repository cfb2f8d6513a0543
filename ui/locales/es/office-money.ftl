## La oficina: ventas, devoluciones, recaudación, turnos, retiros y actividad.

## Recaudación

takings-scope = Cajas
takings-scope-till = Esta caja
takings-scope-hq = Todas las cajas (Central)
takings-from = Desde
takings-to = Hasta
takings-today = Hoy
takings-export-csv = Exportar CSV
takings-export-json = Exportar JSON
takings-reconcile = Conciliar
takings-paid-invoices = Cobros pagados
takings-underpaid = Incompletos
takings-flagged = Marcados
takings-chart-day = Pagado en { $fiat } por hora, { $day }
takings-chart-days = Pagado en { $fiat } por hora, { $first } – { $last }
takings-chart-empty = Aún no hay pagos en { $fiat }.
takings-per-asset = Por activo
takings-per-gateway = Por pasarela
takings-per-cashier = Por cajero
takings-by-status = Cobros por estado
takings-tax-collected = Impuestos recaudados
takings-tips = Propinas
takings-items-sold = Productos vendidos
takings-per-till = Por caja
takings-exceptions = Incidencias
takings-col-asset = Activo
takings-col-received = Recibido
takings-col-invoices = Cobros
takings-col-gateway = Pasarela
takings-col-status = Estado
takings-col-till = Caja
takings-col-shop = Tienda
takings-saved = { $count ->
    [one] Se guardó { $count } cobro.
   *[other] Se guardaron { $count } cobros.
}

## Conciliación con las pasarelas (en la pestaña Recaudación)

takings-reconciliation = Conciliación con las pasarelas
takings-reconciling = Leyendo los datos de las pasarelas…
takings-reconcile-col-what = Qué
takings-reconcile-col-gateway = Pasarela
takings-reconcile-col-invoice = Cobro
takings-reconcile-col-gateway-id = ID en la pasarela
takings-reconcile-col-journal = Registro
takings-reconcile-col-gateway-says = Según la pasarela
takings-difference-missing-locally = En la pasarela, no en el registro
takings-difference-missing-at-gateway = En el registro, no en la pasarela
takings-difference-status = Estado distinto
takings-difference-amount = Importe distinto
takings-difference-other-till = Venta de otra caja
# Un lado de una diferencia: el estado de un cobro y el importe en cripto que pidió.
takings-side = { $status } { $amount }
takings-differences = { $count ->
    [one] { $count } diferencia el { $day }. `counterpay reconcile --adopt` aplica lo que la pasarela conoce mejor.
   *[other] { $count } diferencias el { $day }. `counterpay reconcile --adopt` aplica lo que la pasarela conoce mejor.
}
takings-agree = El { $day }, el registro y las pasarelas coinciden.

## Lo que muestran tanto la recaudación del día como el informe de un turno

report-paid = Pagado
report-invoices = Cobros
report-exceptions = Incidencias
report-refunded = Devuelto
report-net = Neto
# Una venta sin nadie con sesión iniciada.
report-none-set = (sin asignar)
report-col-cashier = Cajero
report-col-paid = Pagado
report-col-sku = Código
report-col-sold = Vendidos
report-col-net-sales = Ventas netas
report-col-invoice = Cobro
report-col-order = Pedido
report-col-what = Qué
report-col-asked = Solicitado
report-col-arrived = Recibido
# Las tablas de impuestos y propinas (las dibuja ui/owner/parts.js).
report-col-rate = Tasa
report-col-tax = Impuesto
report-col-staff = Personal
report-col-tips = Propinas
# De cuántas ventas salen una tasa de impuesto o las propinas de una persona.
report-col-sales = Ventas

## Ventas: la búsqueda

sales-search-label = Buscar
sales-search =
    .placeholder = Importe, ID de pedido, txid o ID de cobro
sales-from = Desde
sales-to = Hasta
sales-status-label = Estado
sales-all = Todos
sales-status-pending = Pendiente
sales-status-confirming = Confirmando
sales-status-paid = Pagado
sales-status-underpaid = Incompleto
sales-status-expired = Caducado
sales-status-cancelled = Cancelado
sales-status-failed = Fallido
sales-cashier = Cajero
sales-gateway = Pasarela
sales-go = Buscar
sales-hint = Sin fechas, se buscan los últimos 90 días. Se muestran como máximo 200 ventas, las más recientes primero. Toca una venta para ver todo su historial.
sales-searching = Buscando…
sales-too-many = Solo se muestran las 200 más recientes: acota la búsqueda para encontrar las anteriores.
sales-col-time = Hora
sales-col-amount = Importe
sales-col-asset = Activo
sales-col-status = Estado
sales-col-cashier = Cajero
sales-col-gateway = Pasarela
sales-col-order = Pedido
# Una fila de la lista tal como la lee un lector de pantalla; $status es el
# estado y las marcas que tenga, como "pagado, pagado de más".
sales-row = Venta { $id }, { $amount }, { $status }

## Ventas: una venta

sale-back = Volver a la lista
sale-reprint = Reimprimir recibo
sale-title = Venta { $id }: { $amount }, { $status }
sale-fact-amount = Importe
sale-fact-asset = Activo
sale-fact-asked = Solicitado
sale-fact-received = Recibido
sale-fact-status = Estado
sale-fact-created = Creado
sale-fact-paid = Pagado
sale-fact-expires = Caduca
sale-fact-cashier = Cajero
sale-fact-gateway = Pasarela
sale-fact-order = Pedido
sale-fact-gateway-id = ID en la pasarela
sale-fact-address = Dirección
sale-fact-transaction = Transacción
sale-fact-note = Nota
sale-fact-failure = Motivo del fallo
sale-flag-overpaid = pagado de más
sale-flag-paid-late = pagado tarde
sale-flag-confirmed-manually = confirmado a mano
sale-flag-paid-in-parts = pagado en partes
sale-flag-found-by-reconciliation = hallado al conciliar
sale-confirm-help = El dinero llegó de una forma que la pasarela no asoció (por ejemplo, desde un exchange en dos partes): el dueño puede marcar esta venta como pagada a mano en la pasarela, con su ID de transacción.
sale-txid-label = ID de transacción
sale-reason-label = Motivo
sale-reason =
    .placeholder = para la auditoría
sale-confirm = Confirmar pago a mano…
sale-confirm-pin = Confirmar a mano el pago de la venta { $id }
sale-txid-needed = Indica el ID de la transacción con que se pagó.
sale-confirmed = Confirmado a mano: la venta figura como { $status }.
sale-asking = Consultando con la pasarela…
sale-gateway-says = La pasarela dice: { $status }.
sale-history = Historial
sale-history-col-time = Hora
sale-history-col-what = Qué pasó
sale-history-col-status = Estado
sale-history-col-paid = Pagado
sale-history-col-transaction = Transacción
sale-history-col-hash = Hash
sale-event-intent = Venta iniciada
sale-event-created = Cobro creado en la pasarela
sale-event-adopted = Hallado en la pasarela
sale-event-updated = La pasarela informó un cambio
sale-event-failed = La pasarela rechazó el cobro

## Ventas: devolución de una venta

refund-title = Devolución
refund-kind-label = Importe
refund-kind-excess = Lo pagado de más
refund-kind-all = Todo lo recibido
refund-kind-figure = Un importe…
refund-figure =
    .placeholder = importe
    .aria-label = Importe a devolver
refund-address =
    .placeholder = dirección de la billetera del cliente
    .aria-label = Dirección de la billetera del cliente
refund-txid =
    .placeholder = txid de la devolución hecha en el panel de la pasarela
    .aria-label = ID de transacción
refund-record-pin =
    .placeholder = PIN del dueño
    .aria-label = PIN del dueño
refund-check = Comprobar
refund-record = Registrar devolución
# $left y $excess son importes en cripto con su activo, como "15 USDTTRC20".
refund-room = Aún se pueden devolver { $left }.
refund-room-excess = Aún se pueden devolver { $left }, incluidos { $excess } pagados de más.
refund-room-record = Esta pasarela no envía devoluciones desde aquí: hazla en su panel y luego regístrala con su ID de transacción.
refund-compare = Compara con la billetera del cliente: primeros y últimos caracteres
refund-pin =
    .placeholder = PIN del dueño para confirmar
    .aria-label = PIN del dueño
refund-send = Enviar devolución
refund-cancel = Cancelar
refund-checking = Comprobando…
refund-sending = Enviando…
# $why son las palabras de la propia pasarela.
refund-not-sent = No se envió: { $why }
refund-sent = Devolución { $id }: { $status }.
refund-recorded = Devolución { $id } registrada.
refund-col-when = Cuándo
refund-col-amount = Importe
refund-col-to = Destino
refund-col-status = Estado

## Lo que haría un retiro o una devolución, una vez comprobado

quote-leaves = Sale del saldo
quote-fee = Comisión
quote-arrives = Llega

## Turnos

shift-close = Cerrar turno…
shift-close-confirm = ¿Cerrar el turno ahora? Su informe Z queda sellado en el registro y no se puede cambiar.
shift-close-yes = Cerrar turno
shift-close-no = Mantener abierto
shift-x-title = Turno { $number } hasta ahora (informe X)
shift-x-note = Desde { $opened }, hasta { $now }. Sin sellar: el turno sigue abierto. Ciérralo abajo para obtener su informe Z.
shift-z-title = Informe Z n.º { $number }: de { $opened } a { $closed }
# Cuándo se abrió el primer turno: no tiene ningún turno anterior.
shift-first-sale = la primera venta
shift-sealed = Sellado: una huella del registro hasta el evento { $event }. Si más adelante se cambia o borra alguna venta de este turno, la verificación del registro dejará de coincidir y lo indicará.
shift-closed-by = Cerrado por { $name }.
shift-seal = Huella en el evento { $event } del registro: { $hash }
shift-print = Imprimir
shift-export-csv = Exportar CSV
shift-export-json = Exportar JSON
shift-saved = Guardado.
shift-closed-shifts = Turnos cerrados
shift-col-number = N.º
shift-col-opened = Abierto
shift-col-closed = Cerrado
shift-col-invoices = Cobros
shift-col-paid = Pagado
shift-col-exceptions = Incidencias
shift-view = Ver

## Retiros

payout-balances = Saldos
payout-col-account = Cuenta
payout-col-asset = Activo
payout-col-available = Disponible
payout-col-pending = Pendiente
# $why son las palabras de la propia pasarela.
payout-balances-unread = No se pudieron leer los saldos ({ $detail }).
payout-no-withdrawals = Aquí no se puede retirar: { $why }
# Notes beside a checked withdrawal, and why a gateway takes no withdrawals
# from the app.
payout-note-review = Vale unos { $v } USD, más de { $limit } USD: la pasarela lo revisa a mano antes de enviarlo.
payout-note-review-unknown = La pasarela revisa a mano los retiros de más de { $limit } USD; aquí no se sabe cuánto vale este en USD.
payout-note-estimate = La comisión y el importe son una estimación de { $gateway }.
payout-note-fee-table = Una comisión de red de { $fee } { $coin } según la tabla de { $gateway }, descontada del importe.
payout-no-api = { $gateway } no acepta retiros desde la app: retira desde su panel.
# A gateway whose records list no day ($provider is its name here).
takings-reconcile-no-list = { $provider } no ofrece listados por día, así que cada venta de esta caja se consultó allí por separado; las ventas hechas desde otro lugar con la misma cuenta no se pueden ver.
payout-withdraw = Retirar
payout-gateway = Pasarela
payout-asset = Activo
payout-asset-choice = { $asset } (disponible: { $available })
payout-amount-field =
    .placeholder = 0,00
payout-amount = Importe
payout-all = Todo lo disponible
payout-to = Destino
payout-type-address = Escribir una dirección…
payout-to-address =
    .placeholder = dirección de la billetera del dueño
payout-check = Comprobar
payout-checking = Comprobando…
payout-compare = Compara con la billetera: primeros y últimos caracteres
payout-pin =
    .placeholder = PIN del dueño para confirmar
payout-send = Enviar retiro
payout-cancel = Cancelar
payout-sending = Enviando…
payout-check-first = Primero comprueba el retiro.
# $why son las palabras de la propia pasarela.
payout-not-sent = No se envió: { $why }
payout-sent = Retiro { $id }: { $status }.
payout-history = Historial
payout-col-when = Cuándo
payout-col-gateway = Pasarela
payout-col-amount = Importe
payout-col-arrives = Llega
payout-col-to = Destino
payout-col-status = Estado
payout-status-requested = solicitado
payout-status-unknown = desconocido
payout-status-review = en revisión
payout-status-pending = pendiente
payout-status-completed = completado
payout-status-failed = fallido
payout-resolve-help = Un retiro sobre el que su pasarela no puede informar: revisa el panel de la pasarela y luego márcalo con el PIN.
payout-resolve-pin =
    .placeholder = PIN del dueño
payout-mark-sent = Marcar enviado
payout-mark-not-sent = Marcar no enviado

## Retiros: direcciones guardadas

payout-addresses = Direcciones guardadas
payout-address-col-name = Nombre
payout-address-col-asset = Activo
payout-address-col-address = Dirección
payout-address-remove = Quitar
payout-address-forget = Olvidar la dirección { $label }
payout-address-label =
    .placeholder = nombre, p. ej. Billetera Tron del dueño
payout-address-asset =
    .placeholder = activo, p. ej. USDTTRC20
payout-address-address =
    .placeholder = dirección
payout-address-pin =
    .placeholder = PIN del dueño
payout-address-save = Guardar dirección
payout-address-saved = Dirección guardada.

## Actividad: quién hizo qué en la caja

activity-day = Día
activity-col-time = Hora
activity-col-who = Quién
activity-col-what = Qué
activity-col-details = Detalles
# En lugar de una copia sellada de las claves de la caja, que nadie lee.
activity-actor-command-line = línea de comandos (aún sin dueño)
activity-actor-upgrade = actualización de Counterpay
activity-actor-restore = restauración de Counterpay
activity-keys-sealed = claves selladas
# Los nombres de los detalles de una actividad (lo que el registro guardó de
# ella) y sus valores de sí o no.
activity-yes = sí
activity-no = no
activity-field-active = a la venta
activity-field-added-at = alta
activity-field-address = dirección
activity-field-adopted = diferencias adoptadas
activity-field-after-wrong-tries = tras intentos incorrectos
activity-field-amount = importe
activity-field-asset = activo
activity-field-at = en
activity-field-base-url = dirección de la pasarela
activity-field-cashier = cajero
activity-field-category = categoría
activity-field-clock = reloj
activity-field-date = fecha
activity-field-discount = descuento
activity-field-events = eventos
activity-field-failures = fallos
activity-field-fee = comisión
activity-field-fiat = moneda
activity-field-file = archivo
activity-field-first = desde
activity-field-for = para
activity-field-format = formato
activity-field-from = origen
activity-field-id = ID
activity-field-invoice = venta
activity-field-is-default = predeterminada
activity-field-key = ajuste
activity-at-counter = en la caja
activity-at-back-office = en la gerencia
activity-field-keys = credenciales
activity-field-kind = tipo
activity-field-label = nombre
activity-field-last = hasta
activity-field-name = nombre
activity-field-note = nota
activity-field-number = número
activity-field-owner = dueño
activity-field-previous = antes
activity-field-price = precio
activity-field-provider = pasarela
activity-field-purpose = finalidad
activity-field-reason = motivo
activity-field-receive = llega
activity-field-refund-of = devolución de
activity-field-role = rol
activity-field-seal = huella
activity-field-seconds = segundos
activity-field-sent = enviado
activity-field-shift = turno
activity-field-shop-name = nombre de la tienda
activity-field-sku = código
activity-field-subtotal = subtotal
activity-field-tax-rate = tasa de impuesto
activity-field-till = caja
activity-field-tills = cajas
activity-field-txid = ID de transacción
activity-field-unrecorded = no registrado
activity-field-value = valor
activity-field-version = versión
activity-field-with = con
activity-action-setup = configuró la caja
activity-action-signed-in = inició sesión
activity-action-pin-failed = escribió un PIN incorrecto
activity-action-locked-out = quedó bloqueado
activity-action-pin-accepted = escribió el PIN correcto
activity-action-pin-changed = cambió un PIN
activity-action-pin-strengthened = PIN reforzado
activity-action-owner-pin-reset = PIN del dueño restablecido
activity-action-recovery-code-issued = código de recuperación emitido
activity-action-staff-added = añadió personal
activity-action-staff-removed = quitó personal
activity-action-setting-changed = cambió un ajuste
activity-action-provider-added = añadió una pasarela
activity-action-provider-removed = quitó una pasarela
activity-action-default-provider-set = cambió la pasarela predeterminada
activity-action-credentials-stored = guardó credenciales
activity-action-credentials-removed = quitó credenciales
activity-action-address-added = guardó una dirección de retiro
activity-action-address-removed = olvidó una dirección de retiro
activity-action-withdrawal-requested = pidió un retiro
activity-action-withdrawal-marked = marcó un retiro
activity-action-refund-recorded = devolución registrada
activity-action-item-saved = guardó un producto del catálogo
activity-action-item-removed = quitó un producto del catálogo
activity-action-discount-approved = descuento aprobado
activity-action-confirmed-manually = confirmó a mano
activity-action-sale-cancelled = canceló una venta
activity-action-shift-closed = cerró un turno
activity-action-exported = exportó la recaudación
activity-action-reconciled = concilió
activity-action-config-adopted = configuración adoptada
activity-action-journal-restored = registro restaurado
activity-action-update-started = inició una actualización

# A day typed into a day field that is no day.
day-invalid = Escribe la fecha así: { $example }.
