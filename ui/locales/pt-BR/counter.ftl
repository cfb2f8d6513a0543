# Counterpay em português do Brasil.

## Barra superior

badge-sandbox = TESTE
switch-person = Trocar
    .title = Sair para que outra pessoa entre
customer-display-button = Tela do cliente
customer-window-title = Counterpay – tela do cliente
owner-button = Gerência
role-cashier = caixa
role-manager = gerente
mode-owner = Proprietário
mode-manager = Gerente
role-owner = proprietário
gateway-ok = Gateway: ok
gateway-slow = Gateway: lento
gateway-unreachable = Gateway: sem conexão
gateway-credentials-rejected = Gateway: credenciais recusadas
hq-up-to-date = Matriz: em dia
hq-behind = Matriz: { $events } pendentes
hq-unreachable = { $events ->
    [0] Matriz: sem conexão
   *[other] Matriz: sem conexão, { $events } a enviar
}
hq-refused = Matriz: recusado

## Entrada

signin-title = Quem está no caixa?
signin-tap-name = Toque no seu nome e digite seu PIN
signin-pin-for = PIN de { $name }
signin-name-first = Toque no seu nome primeiro.
signin-submit = Entrar

## Registrar uma venda

pick-tabs =
    .aria-label = Adicionar à venda
pick-items = Produtos
pick-keypad = Teclado
sku-field =
    .placeholder = Leia ou digite um código, ou busque pelo nome
    .aria-label = Código ou nome do produto
categories =
    .aria-label = Categorias
category-all = Tudo
category-other = Outros
items-grid =
    .aria-label = Produtos
items-none-match = Nenhum produto corresponde a “{ $text }”.
items-many-match = { $count } produtos correspondem a “{ $text }”: toque em um ou digite mais.
items-no-sku = Nenhum produto tem o código { $sku }.
key-delete =
    .aria-label = Apagar
add-amount = Adicionar valor à venda
cart-title = Venda
cart-clear = Limpar
cart-lines =
    .aria-label = Itens da venda
line-keyed = Valor
line-amount = Valor { $amount }
line-less = Um { $name } a menos
line-more = Um { $name } a mais
line-discount = Desconto em { $name }
line-remove = Remover { $name }
cart-discount-label = Desconto
discount-field =
    .placeholder = 10% ou 2,00
    .aria-label = Desconto na venda inteira
tip-label = Gorjeta
tip-choices =
    .aria-label = Gorjeta
tip-none = Sem gorjeta
tip-other = Outra
tip-amount = Valor da gorjeta
percent = { $value } %
figure-subtotal = Subtotal
figure-discount = Desconto
figure-tax = Imposto
figure-tax-included = Imposto incluído
figure-tip = Gorjeta
cart-total-label = Total
cart-needs-approval = Precisa da aprovação de um gerente: um desconto de { $share } % passa do limite da loja de { $limit } %.
tip-waiting = O cliente está escolhendo a gorjeta na tela dele…
tip-skip = Cobrar sem gorjeta
tip-back = Voltar
assets =
    .aria-label = Pagar com
limit-min = mín. { $amount }
limit-max = máx. { $amount }
note-field =
    .placeholder = Observação do pedido (opcional)
    .aria-label = Observação do pedido
charge = Cobrar
creating-invoice = Criando a cobrança…
approval-title = Um gerente aprova o desconto
approval-why = Um desconto de { $share } % passa do limite da loja de { $limit } %. Um gerente ou o proprietário escolhe o nome e digita o PIN.

## A venda na tela

pay-customer-pays = O cliente paga
pay-still-due = Ainda falta
pay-sale = Venda: { $amount }
pay-network = Rede: { $asset }
copy-amount = Copiar
pay-to-address = Para o endereço
pay-waiting = Aguardando o pagamento
pay-confirming = Pagamento visto: confirmando
pay-underpaid = PAGAMENTO INCOMPLETO: veja abaixo
pay-underpaid-due = PAGAMENTO INCOMPLETO: faltam { $due }
pay-confirmations = { $received } de { $required } confirmações
pay-received = Recebido { $paid } de { $asked }
pay-time-left = faltam { $time }
checking-gateway = Consultando o gateway…
cancel-sale = Cancelar venda
check-again = Verificar de novo
refund-what-arrived = Devolver o que chegou…
done = Concluir
simulate-title = Simular pagamento (teste)
simulate-full = Completo
simulate-rest = Pagar o restante
simulate-partial = Parcial
simulate-expire = Expirar
late-banner = Cobrança { $id }, { $word }: { $amount }
today = Hoje
status-pending = pendente
status-confirming = confirmando
status-paid = pago
status-underpaid = incompleto
status-expired = expirado
status-failed = falhou
status-cancelled = cancelado

## Resultados: o título, o que o caixa lê, o que o cliente lê

outcome-paid-late = pago com atraso
outcome-completed = completado
outcome-paid-title = PAGO
outcome-paid-title-late = PAGO ({ $late })
outcome-paid-detail = { $fiat } recebidos.
outcome-paid-customer = Obrigado! Pagamento recebido.
outcome-underpaid-title = PAGAMENTO INCOMPLETO
outcome-underpaid-detail = Só chegaram { $paid } de { $asked }. Peça ao cliente que envie o restante para o mesmo endereço (o QR pede só o que falta) ou devolva o que chegou. Não entregue a mercadoria ainda: o Counterpay continua acompanhando esta cobrança.
outcome-underpaid-customer = Pagamento incompleto: chegaram { $paid } de { $asked }. Por favor, envie o restante.
outcome-expired-title = EXPIRADO
outcome-expired-detail = Nenhum pagamento chegou para { $fiat }. Se o cliente disser que pagou, toque em Verificar de novo; o dinheiro que chegar depois ainda é recebido e aparece aqui.
outcome-expired-customer = Esta solicitação de pagamento expirou. Por favor, fale com o caixa.
outcome-failed-title = FALHOU
outcome-failed-detail = O gateway não criou a cobrança.
outcome-failed-customer = Não foi possível iniciar o pagamento. Por favor, fale com o caixa.
outcome-cancelled-title = CANCELADO
outcome-cancelled-detail = A venda de { $fiat } foi cancelada. Se o cliente pagou mesmo assim, toque em Verificar de novo; o dinheiro que chegar depois ainda é recebido e aparece aqui.
outcome-cancelled-customer = Este pagamento foi cancelado.
new-sale = Nova venda
receipt-button = Recibo
refund-the-excess = Devolver o excedente…

## A tela do cliente

customer-languages =
    .aria-label = Idioma
customer-welcome = Bem-vindo a { $shop }
customer-your-items =
    .aria-label = Seus itens
customer-tip-question = Gostaria de deixar uma gorjeta?
customer-no-tip = Sem gorjeta
customer-tip-sum = +{ $tip } · { $total }
customer-send-exactly = Envie exatamente
customer-send-rest = Envie o restante
customer-send-to = para
customer-network-warning = Envie somente pela rede { $network }. Dinheiro enviado por outra rede é perdido.
customer-coin-warning = Envie somente { $coin }. Qualquer outra moeda enviada para cá é perdida.
customer-waiting = Aguardando o seu pagamento
customer-confirming = { $required ->
    [0] Pagamento visto, confirmando…
   *[other] Pagamento visto, confirmando ({ $received } de { $required })…
}
customer-time-left = Faltam { $time } para pagar

## Recibos

receipt-paper = Papel
paper-58 = Bobina de 58 mm
paper-80 = Bobina de 80 mm
receipt-print = Imprimir…
receipt-close = Fechar
receipt-title = Recibo de pagamento
receipt-tax-number = CNPJ { $number }
receipt-paid = Pago
receipt-asset = Ativo
receipt-invoice = Cobrança
receipt-order = Pedido
receipt-transaction = Transação
receipt-cashier = Caixa
receipt-no-txid = não informada pelo gateway
receipt-paid-late = Pago depois que a cobrança expirou; aceito.
receipt-thanks = Obrigado!
receipt-subtotal = Subtotal
receipt-discount = Desconto
receipt-tax = Imposto { $rate } %
receipt-tax-included = dos quais imposto { $rate } %
receipt-tip = Gorjeta
refund-receipt-title = Recibo de devolução
refund-receipt-sale = Venda
refund-receipt-to = Para
refund-receipt-invoice = Da cobrança
refund-receipt-refund = Devolução
refund-receipt-no-txid = ainda não conhecida
refund-receipt-not-completed = Devolução { $status }: ainda não concluída.

## Configuração, código de recuperação, PIN solicitado

setup-title = Configure este caixa
setup-text = O proprietário configura o caixa uma única vez. O PIN do proprietário abre os gateways, os saques, a equipe e as configurações; guarde-o só para você.
setup-shop = Nome da loja
setup-fiat = Moeda em que os preços são digitados
setup-pin = PIN do proprietário (6 a 12 dígitos)
setup-pin-again = O mesmo PIN de novo
setup-submit = Configurar
setup-working = Configurando…
recovery-title = Seu código de recuperação
recovery-text = Anote-o e guarde longe do caixa. Ele redefine um PIN do proprietário esquecido e leva o registro deste caixa para outro computador. Ele só aparece agora.
recovery-done = Já anotei
ask-pin-why = Esta alteração pode mover ou desviar dinheiro, por isso precisa agora do PIN do proprietário.
ask-pin-person =
    .aria-label = Quem aprova
ask-pin-input =
    .aria-label = PIN
    .placeholder = PIN
ask-pin-ok = Confirmar
ask-pin-cancel = Cancelar
late-close =
    .aria-label = Dispensar

## O que deu errado, como os erros do app dizem (as palavras do
## gateway ficam como chegaram, em $detail)

error-amount-empty = Digite um valor, por exemplo 12,50.
error-amount-not-a-number = “{ $text }” não é um valor: use algarismos com um só separador decimal, por exemplo 12,50.
error-amount-comma = “{ $text }” tem separador de milhar: digite o valor sem ele, por exemplo 1250,50.
error-amount-negative = O valor não pode ser negativo.
error-amount-zero = O valor precisa ser maior que zero.
error-amount-decimals = Valores em { $code } têm no máximo { $scale ->
    [one] 1 casa decimal
   *[other] { $scale } casas decimais
}.
error-amount-too-large = { $amount } { $code } é mais do que uma venda aceita (no máximo { $max } { $code }).
error-fiat = “{ $text }” não é um código de moeda: use três letras, por exemplo BRL.
error-asset = “{ $text }” não é um código de ativo: use letras e algarismos, por exemplo USDTTRC20 ou BTC.
error-gateway-auth = O gateway recusou as credenciais ({ $detail }); confira as chaves do provedor.
error-gateway-forbidden = O gateway não permite isso com estas credenciais ({ $detail }); confira as permissões da conta no painel dele.
error-gateway-rate-limited = { $seconds ->
    [0] O gateway pede para irmos mais devagar.
   *[other] O gateway pede para irmos mais devagar (tente de novo em { $seconds } s).
}
error-gateway-rejected = O gateway recusou: { $detail }
error-gateway-not-found = O gateway não conhece { $what }.
error-gateway-unavailable = O gateway está indisponível ({ $detail }); tente de novo daqui a pouco.
error-gateway-protocol = O gateway respondeu algo que não conseguimos ler ({ $detail }).
error-unknown-invoice = Não há venda { $id } no registro.
error-unresolved = O gateway não confirmou a venda { $id }. Ela fica guardada e é verificada de novo sozinha.
error-pin-not-set = Ainda não há um dono configurado.
error-pin-wrong = { $tries ->
    [one] PIN errado; resta 1 tentativa antes do bloqueio.
   *[other] PIN errado; restam { $tries } tentativas antes do bloqueio.
}
error-pin-locked = PINs errados demais: tente de novo em { $seconds } s.
error-pin-format = Um PIN tem de { $min } a { $max } algarismos.
error-pin-mismatch = Os dois PINs são diferentes; digite o mesmo PIN duas vezes.
error-storage = Não é possível ler nem gravar o registro: { $detail }
error-approval-needed = Um desconto de { $share } % passa do limite da loja de { $limit } %: é preciso o PIN de um gerente ou do dono.
error-no-gateway = Ainda não há gateway de pagamento: o proprietário adiciona um em Gerência → Configurações.
error-no-default-gateway = Há vários gateways de pagamento e nenhum é o padrão: o proprietário escolhe um em Gerência → Configurações.
error-signed-out = Entre primeiro com o seu PIN.

## Notificações

notify-paid-title = Pago: { $fiat }
notify-paid-late-title = Pago ({ $late }): { $fiat }
notify-paid-body = { $received } recebido para o pedido { $order }
notify-underpaid-title = PAGAMENTO INCOMPLETO: { $fiat }
notify-underpaid-late-title = PAGAMENTO INCOMPLETO ({ $late }): { $fiat }
notify-underpaid-body = Só chegaram { $paid } de { $asked } para o pedido { $order }
notify-expired-title = Expirado: { $fiat }
notify-expired-body = Nada foi pago para o pedido { $order }
notify-withdrawal-completed-title = Saque concluído: { $amount }
notify-withdrawal-completed-body = Enviado para { $address } via { $provider }
notify-withdrawal-failed-title = Saque falhou: { $amount }
notify-withdrawal-failed-body = O gateway recusou.
