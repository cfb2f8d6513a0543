# Counterpay en español.

## Barra superior

badge-sandbox = PRUEBAS
switch-person = Cambiar
    .title = Cerrar sesión para que entre otra persona
customer-display-button = Pantalla del cliente
customer-window-title = Counterpay – pantalla del cliente
owner-button = Gerencia
role-cashier = cajero
role-manager = encargado
mode-owner = Dueño
mode-manager = Encargado
role-owner = dueño
gateway-ok = Pasarela: bien
gateway-slow = Pasarela: lenta
gateway-unreachable = Pasarela: sin conexión
gateway-credentials-rejected = Pasarela: credenciales rechazadas
hq-up-to-date = Central: al día
hq-behind = Central: { $events } pendientes
hq-unreachable = { $events ->
    [0] Central: sin conexión
   *[other] Central: sin conexión, { $events } por enviar
}
hq-refused = Central: rechazado

## Inicio de sesión

signin-title = ¿Quién atiende la caja?
signin-tap-name = Toca tu nombre y escribe tu PIN
signin-pin-for = PIN de { $name }
signin-name-first = Primero toca tu nombre.
signin-submit = Entrar

## Registrar una venta

pick-tabs =
    .aria-label = Añadir a la venta
pick-items = Productos
pick-keypad = Teclado
sku-field =
    .placeholder = Escanea o escribe un código, o busca por nombre
    .aria-label = Código o nombre del producto
categories =
    .aria-label = Categorías
category-all = Todo
category-other = Otros
items-grid =
    .aria-label = Productos
items-none-match = Ningún producto coincide con «{ $text }».
items-many-match = { $count } productos coinciden con «{ $text }»: toca uno o escribe más.
items-no-sku = Ningún producto tiene el código { $sku }.
key-delete =
    .aria-label = Borrar
add-amount = Añadir importe a la venta
cart-title = Venta
cart-clear = Vaciar
cart-lines =
    .aria-label = Líneas de la venta
line-keyed = Importe
line-amount = Importe { $amount }
line-less = Un { $name } menos
line-more = Un { $name } más
line-discount = Descuento en { $name }
line-remove = Quitar { $name }
cart-discount-label = Descuento
discount-field =
    .placeholder = 10% o 2,00
    .aria-label = Descuento sobre toda la venta
tip-label = Propina
tip-choices =
    .aria-label = Propina
tip-none = Sin propina
tip-other = Otra
tip-amount = Importe de la propina
percent = { $value } %
figure-subtotal = Subtotal
figure-discount = Descuento
figure-tax = Impuesto
figure-tax-included = Impuesto incluido
figure-tip = Propina
cart-total-label = Total
cart-needs-approval = Necesita la aprobación de un encargado: un descuento del { $share } % supera el límite de la tienda del { $limit } %.
tip-waiting = El cliente está eligiendo la propina en su pantalla…
tip-skip = Cobrar sin propina
tip-back = Volver
assets =
    .aria-label = Pagar con
limit-min = mín. { $amount }
limit-max = máx. { $amount }
note-field =
    .placeholder = Nota del pedido (opcional)
    .aria-label = Nota del pedido
charge = Cobrar
creating-invoice = Creando el cobro…
approval-title = Un encargado aprueba el descuento
approval-why = Un descuento del { $share } % supera el límite de la tienda del { $limit } %. Un encargado o el dueño elige su nombre y escribe su PIN.

## La venta en pantalla

pay-customer-pays = El cliente paga
pay-still-due = Falta por pagar
pay-sale = Venta: { $amount }
pay-network = Red: { $asset }
copy-amount = Copiar
pay-to-address = A la dirección
pay-waiting = Esperando el pago
pay-confirming = Pago recibido: confirmando
pay-underpaid = PAGO INCOMPLETO: ver abajo
pay-underpaid-due = PAGO INCOMPLETO: faltan { $due }
pay-confirmations = { $received } de { $required } confirmaciones
pay-received = Recibido { $paid } de { $asked }
pay-time-left = quedan { $time }
checking-gateway = Consultando con la pasarela…
cancel-sale = Cancelar venta
check-again = Volver a comprobar
refund-what-arrived = Devolver lo recibido…
done = Listo
simulate-title = Simular pago (pruebas)
simulate-full = Completo
simulate-rest = Pagar el resto
simulate-partial = Parcial
simulate-expire = Caducar
late-banner = Cobro { $id }, { $word }: { $amount }
today = Hoy
status-pending = pendiente
status-confirming = confirmando
status-paid = pagado
status-underpaid = incompleto
status-expired = caducado
status-failed = fallido
status-cancelled = cancelado

## Resultados: el título, lo que lee el cajero, lo que lee el cliente

outcome-paid-late = pagado tarde
outcome-completed = completado
outcome-paid-title = PAGADO
outcome-paid-title-late = PAGADO ({ $late })
outcome-paid-detail = { $fiat } recibidos.
outcome-paid-customer = ¡Gracias! Pago recibido.
outcome-underpaid-title = PAGO INCOMPLETO
outcome-underpaid-detail = Solo llegaron { $paid } de { $asked }. Pide al cliente que envíe el resto a la misma dirección (el QR pide solo lo que falta) o devuelve lo recibido. No entregues la mercancía todavía: Counterpay sigue vigilando este cobro.
outcome-underpaid-customer = Pago incompleto: llegaron { $paid } de { $asked }. Envía el resto, por favor.
outcome-expired-title = CADUCADO
outcome-expired-detail = No ha llegado ningún pago por { $fiat }. Si el cliente dice que pagó, pulsa Volver a comprobar; el dinero que llegue después se cobra igual y se muestra aquí.
outcome-expired-customer = Esta solicitud de pago ha caducado. Habla con el cajero, por favor.
outcome-failed-title = FALLIDO
outcome-failed-detail = La pasarela no creó el cobro.
outcome-failed-customer = No se pudo iniciar el pago. Habla con el cajero, por favor.
outcome-cancelled-title = CANCELADO
outcome-cancelled-detail = Se canceló la venta de { $fiat }. Si el cliente pagó de todos modos, pulsa Volver a comprobar; el dinero que llegue después se cobra igual y se muestra aquí.
outcome-cancelled-customer = Este pago se canceló.
new-sale = Nueva venta
receipt-button = Recibo
refund-the-excess = Devolver el exceso…

## La pantalla del cliente

customer-languages =
    .aria-label = Idioma
customer-welcome = Bienvenido a { $shop }
customer-your-items =
    .aria-label = Tus productos
customer-tip-question = ¿Quieres dejar propina?
customer-no-tip = Sin propina
customer-tip-sum = +{ $tip } · { $total }
customer-send-exactly = Envía exactamente
customer-send-rest = Envía lo que falta
customer-send-to = a
customer-network-warning = Envía solo por la red { $network }. El dinero enviado por otra red se pierde.
customer-coin-warning = Envía solo { $coin }. Cualquier otra moneda enviada aquí se pierde.
customer-waiting = Esperando tu pago
customer-confirming = { $required ->
    [0] Pago recibido, confirmando…
   *[other] Pago recibido, confirmando ({ $received } de { $required })…
}
customer-time-left = Quedan { $time } para pagar

## Recibos

receipt-paper = Papel
paper-58 = Rollo de 58 mm
paper-80 = Rollo de 80 mm
receipt-print = Imprimir…
receipt-close = Cerrar
receipt-title = Recibo de pago
receipt-tax-number = NIF { $number }
receipt-paid = Pagado
receipt-asset = Activo
receipt-invoice = Cobro
receipt-order = Pedido
receipt-transaction = Transacción
receipt-cashier = Cajero
receipt-no-txid = la pasarela no la indicó
receipt-paid-late = Pagado después de caducar el cobro; aceptado.
receipt-thanks = ¡Gracias!
receipt-subtotal = Subtotal
receipt-discount = Descuento
receipt-tax = Impuesto { $rate } %
receipt-tax-included = de los cuales impuesto { $rate } %
receipt-tip = Propina
refund-receipt-title = Recibo de devolución
refund-receipt-sale = Venta
refund-receipt-to = A
refund-receipt-invoice = Del cobro
refund-receipt-refund = Devolución
refund-receipt-no-txid = aún no se conoce
refund-receipt-not-completed = Devolución { $status }: aún no completada.

## Configuración, código de recuperación, PIN solicitado

setup-title = Configura esta caja
setup-text = El dueño configura la caja una sola vez. El PIN del dueño abre las pasarelas, los retiros, el personal y los ajustes; no lo compartas.
setup-shop = Nombre de la tienda
setup-fiat = Moneda en la que se escriben los precios
setup-pin = PIN del dueño (de 6 a 12 cifras)
setup-pin-again = El mismo PIN otra vez
setup-submit = Configurar
setup-working = Configurando…
recovery-title = Tu código de recuperación
recovery-text = Anótalo y guárdalo lejos de la caja. Sirve para restablecer un PIN del dueño olvidado y para llevar el registro de esta caja a otra computadora. Solo se muestra ahora.
recovery-done = Ya lo he anotado
ask-pin-why = Este cambio puede mover o desviar dinero, así que necesita ahora el PIN del dueño.
ask-pin-person =
    .aria-label = Quién aprueba
ask-pin-input =
    .aria-label = PIN
    .placeholder = PIN
ask-pin-ok = Confirmar
ask-pin-cancel = Cancelar
late-close =
    .aria-label = Cerrar aviso

## Lo que salió mal, como lo dicen los errores de la app (las palabras
## de la pasarela quedan tal como llegaron, en $detail)

error-amount-empty = Ingresa un importe, por ejemplo 12,50.
error-amount-not-a-number = «{ $text }» no es un importe: usa cifras con un solo separador decimal, por ejemplo 12,50.
error-amount-comma = «{ $text }» lleva separador de miles: escribe el importe sin él, por ejemplo 1250,50.
error-amount-negative = El importe no puede ser negativo.
error-amount-zero = El importe tiene que ser mayor que cero.
error-amount-decimals = Los importes en { $code } llevan como máximo { $scale ->
    [one] 1 decimal
   *[other] { $scale } decimales
}.
error-amount-too-large = { $amount } { $code } supera lo que admite una venta (como máximo { $max } { $code }).
error-fiat = «{ $text }» no es un código de moneda: usa tres letras, por ejemplo USD.
error-asset = «{ $text }» no es un código de activo: usa letras y cifras, por ejemplo USDTTRC20 o BTC.
error-gateway-auth = La pasarela rechazó las credenciales ({ $detail }); revisa las claves del proveedor.
error-gateway-forbidden = La pasarela no permite esto con estas credenciales ({ $detail }); revisa los permisos de la cuenta en su panel.
error-gateway-rate-limited = { $seconds ->
    [0] La pasarela pide que vayamos más despacio.
   *[other] La pasarela pide que vayamos más despacio (reintenta en { $seconds } s).
}
error-gateway-rejected = La pasarela lo rechazó: { $detail }
error-gateway-not-found = La pasarela no conoce { $what }.
error-gateway-unavailable = La pasarela no está disponible ({ $detail }); vuelve a intentarlo en un momento.
error-gateway-protocol = La pasarela respondió algo que no podemos leer ({ $detail }).
error-unknown-invoice = No hay ninguna venta { $id } en el registro.
error-unresolved = La pasarela no confirmó la venta { $id }. Queda guardada y se vuelve a comprobar sola.
error-pin-not-set = Todavía no hay un dueño configurado.
error-pin-wrong = { $tries ->
    [one] PIN incorrecto; queda 1 intento antes del bloqueo.
   *[other] PIN incorrecto; quedan { $tries } intentos antes del bloqueo.
}
error-pin-locked = Demasiados PIN incorrectos: vuelve a intentarlo en { $seconds } s.
error-pin-format = Un PIN tiene de { $min } a { $max } cifras.
error-pin-mismatch = Los dos PIN no coinciden; escribe el mismo PIN dos veces.
error-storage = No se puede leer ni escribir el registro: { $detail }
error-approval-needed = Un descuento del { $share } % supera el límite de la tienda del { $limit } %: hace falta el PIN de un encargado o del dueño.
error-no-gateway = Todavía no hay ninguna pasarela de pago: el dueño agrega una en Gerencia → Ajustes.
error-no-default-gateway = Hay varias pasarelas de pago y ninguna es la predeterminada: el dueño elige una en Gerencia → Ajustes.
error-provider-unknown = No hay ninguna pasarela llamada { $name }.
error-signed-out = Primero inicia sesión con tu PIN.

## Refusals of what was typed or asked, as the app's checks say them.
## $what names the field: name, category, note, cashier or order id.

error-text-empty = { $what ->
    [category] La categoría está vacía.
   *[name] El nombre está vacío.
}
error-text-long = { $what ->
    [category] La categoría es demasiado larga: como máximo { $max } caracteres.
    [note] La nota es demasiado larga: como máximo { $max } caracteres.
    [cashier] El nombre del cajero es demasiado largo: como máximo { $max } caracteres.
    [order-id] El ID de pedido es demasiado largo: como máximo { $max } caracteres.
   *[name] El nombre es demasiado largo: como máximo { $max } caracteres.
}
error-text-control = { $what ->
    [category] La categoría contiene un carácter de control: escribe texto normal.
    [note] La nota contiene un carácter de control: escribe texto normal.
    [cashier] El nombre del cajero contiene un carácter de control: escribe texto normal.
    [order-id] El ID de pedido contiene un carácter de control: escribe texto normal.
   *[name] El nombre contiene un carácter de control: escribe texto normal.
}
error-sku-empty = El código está vacío.
error-sku-long = El código { $sku } tiene más de { $max } caracteres.
error-sku-character = El código { $sku } contiene «{ $character }»: usa solo letras, cifras, guion (-), guion bajo (_) y punto (.).
error-sku-from-name = «{ $name }» no tiene letras ni cifras, así que no da para un código: ponle un código al producto.
error-sku-taken = { $sku } ya es el código de { $name }: dale a este producto un código propio.
error-sku-unknown = Ningún producto del catálogo tiene el código { $sku }.
error-sku-fixed = El código { $was } no se puede cambiar: añade el producto de nuevo con el código nuevo.
error-item-there = { $name } ya está en el catálogo con el código { $target }: edítalo desde la lista o dale a este producto otro código.
error-percent = «{ $text }» no es un porcentaje: escribe uno como 8,875 o 20.
error-percent-over = { $text }: un porcentaje no puede pasar de 100.
error-percent-decimals = { $text }: un porcentaje lleva como máximo { $scale } decimales, como 8,875.
error-tax-rate = Una tasa de impuesto del { $text } %: la tasa tiene que ser menor que 100 %.
error-adjustment-percent = { $text }: indica un porcentaje de 0 a 100, por ejemplo 10%.
error-cart-empty = La venta está vacía.
error-line-empty = Cada línea necesita un producto o un importe.
error-quantity = La cantidad tiene que ser un número entero de 1 a { $max }, no { $qty }.
error-quantity-zero = { $name }: la cantidad tiene que ser al menos 1.
error-quantity-large = { $name }: la cantidad es demasiado grande.
error-discount-line = El descuento de { $off } { $fiat } en { $name } supera el importe de la línea ({ $amount } { $fiat }).
error-discount-sale = El descuento de { $off } { $fiat } supera el importe de la venta ({ $left } { $fiat }).
error-nothing-to-charge = Escribe un importe o añade productos.
error-items-total = Los productos suman { $total } { $fiat }, no { $amount } { $fiat }: deja el importe en blanco o corrígelo.
error-tip-not-offered = Esa propina ya no se ofrece.
error-gateway-fiat = Esta pasarela solo admite precios en { $only }, no en { $fiat }: elige otra pasarela.
error-asset-not-offered = Esta pasarela no ofrece { $asset }; ofrece { $offered }.
error-below-minimum = { $amount } { $fiat } está por debajo del pago mínimo en { $asset } que acepta esta pasarela ({ $min } { $fiat }).
error-above-maximum = { $amount } { $fiat } supera el pago máximo en { $asset } que acepta esta pasarela ({ $max } { $fiat }).
error-cancel-status = La venta { $id } está en estado { $status } y ya no se puede cancelar.
error-cancel-theirs = Esta venta es de { $cashier }: solo esa persona, un encargado o el dueño pueden cancelarla.
error-confirm-status = La venta { $id } está en estado { $status }: solo una venta incompleta o caducada se confirma a mano.
error-txid = Indica el ID de la transacción (txid) con que se pagó la venta.
error-reason = El motivo es una sola línea de hasta 200 caracteres.
error-updating = Counterpay está instalando una actualización y se reinicia en un momento; no se inició ninguna venta.
error-no-update = No hay ninguna actualización pendiente: primero busca actualizaciones.
error-setup-needed = Primero configura la caja: su nombre, su moneda y el PIN del dueño.
error-set-up-already = Esta caja ya está configurada: ya tiene dueño.
error-shop-name = Ponle a la tienda un nombre de una sola línea.
error-left-staff = { $name } ya no forma parte del personal: inicia sesión de nuevo.
error-owner-only = Esto solo lo puede hacer el dueño: abre la gerencia con el PIN del dueño.
error-manager-only = Esto solo lo puede hacer un encargado o el dueño: abre la gerencia con su PIN.
error-not-manager = { $name } es { $role }: solo un encargado o el dueño puede hacer esto.
error-pin-needed = Escribe el PIN del dueño para continuar.
error-owner-gone = Ya no se encuentran los datos del dueño.
error-no-staff = Esa persona no está en el personal: elige un nombre.
error-staff-name = «{ $name }» no sirve como nombre: usa de 1 a 32 caracteres imprimibles.
error-staff-name-taken = { $name } ya está en el personal; elige otro nombre.
error-owner-exists = { $name } ya es el dueño; una caja tiene un solo dueño.
error-one-owner = Una caja tiene un solo dueño, que se crea al configurarla; añade un encargado o un cajero.
error-owner-stays = El dueño no se puede quitar; si hace falta, cambia el PIN del dueño.
error-recovery-none = Esta caja no tiene código de recuperación: se configuró antes de que existieran.
error-recovery-damaged = El código de recuperación no puede abrir las claves de esta caja ({ $detail }).
error-fiat-priced = Los precios del catálogo están en { $fiat }: quita sus productos antes de cambiar la moneda.
error-no-shift = No hay ningún turno n.º { $number } cerrado.
error-not-a-date = «{ $text }» no es una fecha.
error-range-backwards = El periodo empieza después de terminar: elige un primer día anterior al último.
error-range-long = Un informe abarca como máximo { $max } días: elige un periodo más corto.
error-date-out-of-range = Esa fecha está fuera de rango.
error-export-write = No se pudo guardar la exportación ({ $detail }).
error-provider-name = «{ $name }» no sirve como nombre de pasarela: empieza con una letra y sigue con letras, dígitos, - o _ (32 como máximo).
error-provider-taken = Ya existe una pasarela llamada { $name }: quítala primero o elige otro nombre.
error-url-sandbox = El sandbox funciona dentro de Counterpay y no lleva dirección.
error-url-invalid = { $url } no es una dirección web ({ $detail }).
error-url-http = { $url }: con http simple las credenciales y cada venta viajarían sin cifrar. Usa https:// (http solo para una pasarela de prueba en esta computadora, como http://127.0.0.1).
error-url-scheme = { $url } tiene que empezar por https://.
error-url-credentials = La dirección no debe llevar credenciales: ingrésalas en el formulario de la pasarela.
error-option-unknown = { $kind } no tiene la opción { $key }; admite { $known }.
error-option-value = { $key } no puede ser { $value }: usa { $allowed }.
error-option-fee-payer = Quién paga la comisión se decide en el panel de Cryptofuse cuando la pasarela entra con una clave de API.
error-option-number = { $key } = { $value }: usa un número entero de { $low } a { $high }.
error-option-protocol = El sandbox solo habla { $allowed }.
error-customer-window = No se pudo abrir la pantalla del cliente ({ $detail }).
error-keyring = No se pudieron guardar las credenciales en el llavero del sistema ({ $detail }).
error-write-place = No se puede escribir en ese lugar ({ $detail }).
error-write-file = No se puede escribir { $path } ({ $detail }).
error-print = No se pudo abrir el diálogo de impresión ({ $detail }).

## Refusals of a withdrawal or a refund, and of an address to pay out to.
## $network is a network's name (Bitcoin, Tron), $prefixes what its
## addresses start with, already joined with "or".

error-address-empty = Ingresa la dirección de { $network } a la que se envía el dinero.
error-address-spaces = La dirección de { $network } tiene espacios o saltos de línea al principio o al final: quítalos.
error-address-network = Esta no es una dirección de { $network }: tiene que empezar por { $prefixes }.
error-address-testnet = Esta es una dirección de la red de pruebas (testnet) de { $network }, que no tiene monedas reales: usa una dirección de la red principal (mainnet).
error-address-character = «{ $character }» no puede aparecer en una dirección de { $network }: hay un carácter mal escrito.
error-address-length = Esta dirección de { $network } es demasiado corta o demasiado larga: falta o sobra un carácter.
error-address-hex-length = Una dirección de { $network } es 0x seguido de 40 cifras hexadecimales, y esta tiene { $digits }.
error-address-checksum = La suma de verificación de la dirección de { $network } no coincide: hay un carácter mal escrito.
error-address-eip55 = Las mayúsculas y minúsculas de esta dirección de { $network } no coinciden con su suma de verificación: hay un carácter mal escrito.
error-address-mixed-case = Esta dirección de { $network } mezcla minúsculas y mayúsculas: tiene que ir toda en minúsculas o toda en mayúsculas.
error-address-no-checksum = Esta dirección de { $network } está toda en minúsculas o toda en mayúsculas, así que no se puede detectar un carácter mal escrito: cópiala de la billetera tal cual, con sus mayúsculas y minúsculas.
error-address-kind = Esta dirección de { $network } es de un tipo que no podemos comprobar: pide una que empiece por { $prefixes }.
error-address-label = Ponle a la dirección un nombre de 1 a 40 caracteres.
error-address-saved = { $address } ya está guardada para { $asset }.
error-no-address = No hay ninguna dirección guardada { $id }.
error-payout-network = { $asset } no tiene ninguna red de retiro cuyas direcciones podamos comprobar.
error-payout-minimum = El importe está por debajo del retiro mínimo de la pasarela, { $minimum } { $asset }.
error-payout-available = Solo hay { $available } { $asset } disponibles.
error-payout-nothing-arrives = Después de la comisión de { $fee } { $asset } no llegaría nada.
error-nothing-available = No hay saldo disponible en { $asset }.
error-quote-changed = La cotización de la pasarela cambió desde que se comprobó: no se envió nada. Vuelve a comprobar.
error-check-withdrawal = Primero comprueba el retiro.
error-no-withdrawal = No hay ningún retiro { $id }.
error-withdrawal-final = El retiro { $id } ya está { $state }.
error-check-refund = Primero comprueba la devolución.
error-no-refund = No hay ninguna devolución { $id }.
error-refund-amount = «{ $text }»: elige lo pagado de más, todo lo recibido o un importe en { $asset }.
error-refund-status = La venta { $id } está en estado { $status }: solo se puede devolver el dinero que llegó a una venta pagada o incompleta.
error-refunded-already = Venta { $id }: ya se devolvió todo lo que llegó.
error-refund-no-excess = A la venta { $id } no le queda nada pagado de más que devolver: se pidieron { $asked } { $asset }, llegaron { $paid } y ya se devolvieron { $refunded }.
error-refund-room = Venta { $id }: aún se pueden devolver { $left } { $asset }, no { $wanted }.
error-refund-too-much = Venta { $invoice }: ya se devolvieron { $already } { $asset }, y { $more } más superarían los { $paid } que llegaron.
error-refund-txid = Indica el ID de la transacción (txid) de la devolución tal como lo muestra el panel de la pasarela.

## Notificaciones

notify-paid-title = Pagado: { $fiat }
notify-paid-late-title = Pagado ({ $late }): { $fiat }
notify-paid-body = { $received } recibido para el pedido { $order }
notify-underpaid-title = PAGO INCOMPLETO: { $fiat }
notify-underpaid-late-title = PAGO INCOMPLETO ({ $late }): { $fiat }
notify-underpaid-body = Solo llegaron { $paid } de { $asked } para el pedido { $order }
notify-expired-title = Caducado: { $fiat }
notify-expired-body = No se pagó nada para el pedido { $order }
notify-withdrawal-completed-title = Retiro completado: { $amount }
notify-withdrawal-completed-body = Enviado a { $address } mediante { $provider }
notify-withdrawal-failed-title = Retiro fallido: { $amount }
notify-withdrawal-failed-body = La pasarela lo rechazó.
