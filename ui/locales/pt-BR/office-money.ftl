## A retaguarda: vendas, devoluções, faturamento, turnos, saques e atividade.

## Faturamento

takings-scope = Caixas
takings-scope-till = Este caixa
takings-scope-hq = Todos os caixas (Matriz)
takings-from = De
takings-to = Até
takings-today = Hoje
takings-export-csv = Exportar CSV
takings-export-json = Exportar JSON
takings-reconcile = Conciliar
takings-paid-invoices = Cobranças pagas
takings-underpaid = Incompletas
takings-flagged = Sinalizadas
takings-chart-day = Pago em { $fiat } por hora, { $day }
takings-chart-days = Pago em { $fiat } por hora, { $first } – { $last }
takings-chart-empty = Nada pago em { $fiat } ainda.
takings-per-asset = Por ativo
takings-per-gateway = Por gateway
takings-per-cashier = Por operador
takings-by-status = Cobranças por status
takings-tax-collected = Impostos arrecadados
takings-tips = Gorjetas
takings-items-sold = Produtos vendidos
takings-per-till = Por caixa
takings-exceptions = Ocorrências
takings-col-asset = Ativo
takings-col-received = Recebido
takings-col-invoices = Cobranças
takings-col-gateway = Gateway
takings-col-status = Status
takings-col-till = Caixa
takings-col-shop = Loja
takings-saved = { $count ->
    [one] { $count } cobrança salva.
   *[other] { $count } cobranças salvas.
}

## Conciliação com os gateways (na aba Faturamento)

takings-reconciliation = Conciliação com os gateways
takings-reconciling = Lendo os registros dos gateways…
takings-reconcile-col-what = O quê
takings-reconcile-col-gateway = Gateway
takings-reconcile-col-invoice = Cobrança
takings-reconcile-col-gateway-id = ID no gateway
takings-reconcile-col-journal = Registro
takings-reconcile-col-gateway-says = Segundo o gateway
takings-difference-missing-locally = No gateway, não no registro
takings-difference-missing-at-gateway = No registro, não no gateway
takings-difference-status = Status diferente
takings-difference-amount = Valor diferente
takings-difference-other-till = Venda de outro caixa
# Um lado de uma diferença: o status de uma cobrança e o valor em cripto que ela pediu.
takings-side = { $status } { $amount }
takings-differences = { $count ->
    [one] { $count } diferença em { $day }. `counterpay reconcile --adopt` aplica o que o gateway sabe melhor.
   *[other] { $count } diferenças em { $day }. `counterpay reconcile --adopt` aplica o que o gateway sabe melhor.
}
takings-agree = Em { $day }, o registro e os gateways conferem.

## O que o faturamento do dia e o relatório de um turno mostram

report-paid = Pago
report-invoices = Cobranças
report-exceptions = Ocorrências
report-refunded = Devolvido
report-net = Líquido
# Uma venda sem ninguém conectado.
report-none-set = (ninguém)
report-col-cashier = Operador
report-col-paid = Pago
report-col-sku = Código
report-col-sold = Vendidos
report-col-net-sales = Vendas líquidas
report-col-invoice = Cobrança
report-col-order = Pedido
report-col-what = O quê
report-col-asked = Solicitado
report-col-arrived = Recebido
# As tabelas de impostos e gorjetas (desenhadas por ui/owner/parts.js).
report-col-rate = Alíquota
report-col-tax = Imposto
report-col-staff = Funcionário
report-col-tips = Gorjetas
# De quantas vendas vêm uma alíquota ou as gorjetas de uma pessoa.
report-col-sales = Vendas

## Vendas: a busca

sales-search-label = Buscar
sales-search =
    .placeholder = Valor, pedido, txid ou ID da cobrança
sales-from = De
sales-to = Até
sales-status-label = Status
sales-all = Todos
sales-status-pending = Pendente
sales-status-confirming = Confirmando
sales-status-paid = Pago
sales-status-underpaid = Incompleto
sales-status-expired = Expirado
sales-status-cancelled = Cancelado
sales-status-failed = Falhou
sales-cashier = Operador
sales-gateway = Gateway
sales-go = Buscar
sales-hint = Sem datas, a busca cobre os últimos 90 dias. Aparecem no máximo 200 vendas, as mais recentes primeiro. Toque em uma venda para ver todo o histórico.
sales-searching = Buscando…
sales-too-many = Só aparecem as 200 mais recentes: refine a busca para achar as mais antigas.
sales-col-time = Hora
sales-col-amount = Valor
sales-col-asset = Ativo
sales-col-status = Status
sales-col-cashier = Operador
sales-col-gateway = Gateway
sales-col-order = Pedido
# Uma linha da lista como o leitor de tela a lê; $status é o status
# e as marcações que houver, como "pago, pago a mais".
sales-row = Venda { $id }, { $amount }, { $status }

## Vendas: uma venda

sale-back = Voltar à lista
sale-reprint = Reimprimir recibo
sale-title = Venda { $id }: { $amount }, { $status }
sale-fact-amount = Valor
sale-fact-asset = Ativo
sale-fact-asked = Solicitado
sale-fact-received = Recebido
sale-fact-status = Status
sale-fact-created = Criada
sale-fact-paid = Paga
sale-fact-expires = Expira
sale-fact-cashier = Operador
sale-fact-gateway = Gateway
sale-fact-order = Pedido
sale-fact-gateway-id = ID no gateway
sale-fact-address = Endereço
sale-fact-transaction = Transação
sale-fact-note = Observação
sale-fact-failure = Motivo da falha
sale-flag-overpaid = pago a mais
sale-flag-paid-late = pago com atraso
sale-flag-confirmed-manually = confirmado manualmente
sale-flag-paid-in-parts = pago em partes
sale-flag-found-by-reconciliation = encontrado na conciliação
sale-confirm-help = O dinheiro chegou de um jeito que o gateway não reconheceu (por exemplo, de uma corretora em duas partes): o proprietário pode marcar esta venda como paga manualmente no gateway, com o ID da transação.
sale-txid-label = ID da transação
sale-reason-label = Motivo
sale-reason =
    .placeholder = para a auditoria
sale-confirm = Confirmar pagamento manual…
sale-confirm-pin = Confirmar manualmente o pagamento da venda { $id }
sale-txid-needed = Informe o ID da transação que pagou a venda.
sale-confirmed = Confirmada manualmente. Status da venda: { $status }.
sale-asking = Consultando o gateway…
sale-gateway-says = O gateway diz: { $status }.
sale-history = Histórico
sale-history-col-time = Hora
sale-history-col-what = O que aconteceu
sale-history-col-status = Status
sale-history-col-paid = Pago
sale-history-col-transaction = Transação
sale-history-col-hash = Hash
sale-event-intent = Venda iniciada
sale-event-created = Cobrança criada no gateway
sale-event-adopted = Encontrada no gateway
sale-event-updated = O gateway informou uma mudança
sale-event-failed = O gateway recusou a cobrança

## Vendas: a devolução de uma venda

refund-title = Devolução
refund-kind-label = Valor
refund-kind-excess = O que foi pago a mais
refund-kind-all = Tudo o que chegou
refund-kind-figure = Outro valor…
refund-figure =
    .placeholder = valor
    .aria-label = Valor a devolver
refund-address =
    .placeholder = endereço da carteira do cliente
    .aria-label = Endereço da carteira do cliente
refund-txid =
    .placeholder = txid da devolução feita no painel do gateway
    .aria-label = ID da transação
refund-record-pin =
    .placeholder = PIN do proprietário
    .aria-label = PIN do proprietário
refund-check = Verificar
refund-record = Registrar devolução
# $left e $excess são valores em cripto com o ativo, como "15 USDTTRC20".
refund-room = Ainda é possível devolver { $left }.
refund-room-excess = Ainda é possível devolver { $left }, dos quais { $excess } foram pagos a mais.
refund-room-record = Este gateway não envia devoluções por aqui: faça a devolução no painel dele e registre-a com o ID da transação.
refund-compare = Compare com a carteira do cliente: primeiros e últimos caracteres
refund-pin =
    .placeholder = PIN do proprietário para confirmar
    .aria-label = PIN do proprietário
refund-send = Enviar devolução
refund-cancel = Cancelar
refund-checking = Verificando…
refund-sending = Enviando…
# $why são as palavras do próprio gateway.
refund-not-sent = Não enviada: { $why }
refund-sent = Devolução { $id }: { $status }.
refund-recorded = Devolução { $id } registrada.
refund-col-when = Quando
refund-col-amount = Valor
refund-col-to = Para
refund-col-status = Status

## O que um saque ou uma devolução faria, depois de verificado

quote-leaves = Sai do saldo
quote-fee = Taxa
quote-arrives = Chega

## Turnos

shift-close = Fechar turno…
shift-close-confirm = Fechar o turno agora? A Redução Z dele fica selada no registro e não pode ser alterada.
shift-close-yes = Fechar turno
shift-close-no = Manter aberto
shift-x-title = Turno { $number } até agora (Leitura X)
shift-x-note = Desde { $opened }, até { $now }. Não selado: o turno ainda está aberto. Feche-o abaixo para obter a Redução Z.
shift-z-title = Redução Z nº { $number }: { $opened } a { $closed }
# Quando o primeiro turno abriu: não há turno antes dele.
shift-first-sale = a primeira venda
shift-sealed = Selado: uma impressão digital do registro até o evento { $event }. Se alguma venda deste turno for alterada ou apagada depois, a verificação do registro deixa de conferir e avisa.
shift-closed-by = Fechado por { $name }.
shift-seal = Impressão digital no evento { $event } do registro: { $hash }
shift-print = Imprimir
shift-export-csv = Exportar CSV
shift-export-json = Exportar JSON
shift-saved = Salvo.
shift-closed-shifts = Turnos fechados
shift-col-number = Nº
shift-col-opened = Aberto
shift-col-closed = Fechado
shift-col-invoices = Cobranças
shift-col-paid = Pago
shift-col-exceptions = Ocorrências
shift-view = Ver

## Saques

payout-balances = Saldos
payout-col-account = Conta
payout-col-asset = Ativo
payout-col-available = Disponível
payout-col-pending = Pendente
# $why são as palavras do próprio gateway.
payout-balances-unread = Não foi possível ler os saldos ({ $detail }).
payout-no-withdrawals = Sem saques aqui: { $why }
# Observações ao lado de um saque verificado, e por que um gateway não
# aceita saques pelo app.
payout-note-review = Vale cerca de { $v } USD, acima de { $limit } USD: o gateway o analisa manualmente antes de enviá-lo.
payout-note-review-unknown = O gateway analisa manualmente os saques acima de { $limit } USD; o valor deste em USD não é conhecido aqui.
payout-note-estimate = A taxa e o valor são estimativas do próprio { $gateway }.
payout-note-fee-table = Uma taxa de rede de { $fee } { $coin }, conforme a tabela do { $gateway }, descontada do valor.
payout-no-api = { $gateway } não aceita saques pelo app: faça o saque no painel dele.
# Um gateway cujos registros não listam os dias ($provider é o nome dele aqui).
takings-reconcile-no-list = { $provider } não lista os dias, por isso cada venda deste caixa foi consultada nele uma a uma; vendas feitas em outro lugar com a mesma conta não aparecem.
payout-withdraw = Sacar
payout-gateway = Gateway
payout-asset = Ativo
payout-asset-choice = { $asset } (disponível: { $available })
payout-amount-field =
    .placeholder = 0,00
payout-amount = Valor
payout-all = Todo o disponível
payout-to = Para
payout-type-address = Digitar um endereço…
payout-to-address =
    .placeholder = endereço da carteira do proprietário
payout-check = Verificar
payout-checking = Verificando…
payout-compare = Compare com a carteira: primeiros e últimos caracteres
payout-pin =
    .placeholder = PIN do proprietário para confirmar
payout-send = Enviar saque
payout-cancel = Cancelar
payout-sending = Enviando…
payout-check-first = Verifique o saque primeiro.
# $why são as palavras do próprio gateway.
payout-not-sent = Não enviado: { $why }
payout-sent = Saque { $id }: { $status }.
payout-history = Histórico
payout-col-when = Quando
payout-col-gateway = Gateway
payout-col-amount = Valor
payout-col-arrives = Chega
payout-col-to = Para
payout-col-status = Status
payout-status-requested = solicitado
payout-status-unknown = desconhecido
payout-status-review = em análise
payout-status-pending = pendente
payout-status-completed = concluído
payout-status-failed = falhou
payout-resolve-help = Um saque sobre o qual o gateway não consegue informar: confira o painel do gateway e marque-o com o PIN.
payout-resolve-pin =
    .placeholder = PIN do proprietário
payout-mark-sent = Marcar como enviado
payout-mark-not-sent = Marcar como não enviado

## Saques: endereços salvos

payout-addresses = Endereços salvos
payout-address-col-name = Nome
payout-address-col-asset = Ativo
payout-address-col-address = Endereço
payout-address-remove = Remover
payout-address-forget = Esquecer o endereço { $label }
payout-address-label =
    .placeholder = nome, por ex. Carteira Tron do proprietário
payout-address-asset =
    .placeholder = ativo, por ex. USDTTRC20
payout-address-address =
    .placeholder = endereço
payout-address-pin =
    .placeholder = PIN do proprietário
payout-address-save = Salvar endereço
payout-address-saved = Endereço salvo.

## Atividade: quem fez o quê no caixa

activity-day = Dia
activity-col-time = Hora
activity-col-who = Quem
activity-col-what = O quê
activity-col-details = Detalhes
# No lugar de uma cópia selada das chaves do caixa, que ninguém lê.
activity-actor-command-line = linha de comando (ainda sem proprietário)
activity-actor-upgrade = atualização do Counterpay
activity-actor-restore = restauração do Counterpay
activity-keys-sealed = chaves seladas
# Os nomes dos detalhes de uma atividade (o que o registro guardou dela) e
# os valores de sim ou não.
activity-yes = sim
activity-no = não
activity-field-active = oferecido
activity-field-added-at = adicionado
activity-field-address = endereço
activity-field-adopted = adotadas
activity-field-after-wrong-tries = após tentativas erradas
activity-field-amount = valor
activity-field-asset = ativo
activity-field-at = em
activity-field-base-url = endereço do gateway
activity-field-cashier = operador
activity-field-category = categoria
activity-field-clock = relógio
activity-field-date = data
activity-field-discount = desconto
activity-field-events = eventos
activity-field-failures = falhas
activity-field-fee = taxa
activity-field-fiat = moeda
activity-field-file = arquivo
activity-field-first = de
activity-field-for = para
activity-field-format = formato
activity-field-from = de
activity-field-id = ID
activity-field-invoice = venda
activity-field-is-default = padrão
activity-field-key = configuração
activity-at-counter = no caixa
activity-at-back-office = na gerência
activity-field-keys = credenciais
activity-field-kind = tipo
activity-field-label = nome
activity-field-last = até
activity-field-name = nome
activity-field-note = observação
activity-field-number = número
activity-field-owner = proprietário
activity-field-previous = antes
activity-field-price = preço
activity-field-provider = gateway
activity-field-purpose = finalidade
activity-field-reason = motivo
activity-field-receive = chega
activity-field-refund-of = devolução de
activity-field-role = função
activity-field-seal = selo
activity-field-seconds = segundos
activity-field-sent = enviado
activity-field-shift = turno
activity-field-shop-name = nome da loja
activity-field-sku = código
activity-field-subtotal = subtotal
activity-field-tax-rate = alíquota
activity-field-till = caixa
activity-field-tills = caixas
activity-field-txid = ID da transação
activity-field-unrecorded = não registrado
activity-field-value = valor
activity-field-version = versão
activity-field-with = com
activity-action-setup = configurou o caixa
activity-action-signed-in = entrou
activity-action-pin-failed = digitou um PIN errado
activity-action-locked-out = foi bloqueado
activity-action-pin-accepted = digitou o PIN certo
activity-action-pin-changed = alterou um PIN
activity-action-pin-strengthened = hash do PIN refeito
activity-action-owner-pin-reset = PIN do proprietário redefinido
activity-action-recovery-code-issued = código de recuperação emitido
activity-action-staff-added = adicionou um funcionário
activity-action-staff-removed = removeu um funcionário
activity-action-setting-changed = alterou uma configuração
activity-action-provider-added = adicionou um gateway
activity-action-provider-removed = removeu um gateway
activity-action-default-provider-set = alterou o gateway padrão
activity-action-credentials-stored = salvou credenciais
activity-action-credentials-removed = removeu credenciais
activity-action-address-added = salvou um endereço de saque
activity-action-address-removed = esqueceu um endereço de saque
activity-action-withdrawal-requested = solicitou um saque
activity-action-withdrawal-marked = marcou um saque
activity-action-refund-recorded = devolução registrada
activity-action-item-saved = salvou um produto do catálogo
activity-action-item-removed = removeu um produto do catálogo
activity-action-discount-approved = desconto aprovado
activity-action-confirmed-manually = confirmado manualmente
activity-action-sale-cancelled = cancelou uma venda
activity-action-shift-closed = fechou um turno
activity-action-exported = exportou o faturamento
activity-action-reconciled = fez a conciliação
activity-action-config-adopted = configuração adotada
activity-action-journal-restored = registro restaurado
activity-action-update-started = iniciou uma atualização

# A day typed into a day field that is no day.
day-invalid = Digite a data assim: { $example }.
