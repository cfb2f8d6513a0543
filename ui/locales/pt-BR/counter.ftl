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
error-provider-unknown = Não há nenhum gateway chamado { $name }.
error-signed-out = Entre primeiro com o seu PIN.

## Recusas do que foi digitado ou pedido, como as verificações do app as dizem.
## $what diz o campo: name, category, note, cashier ou order-id.

error-text-empty = { $what ->
    [category] A categoria está vazia.
   *[name] O nome está vazio.
}
error-text-long = { $what ->
    [category] A categoria é longa demais: no máximo { $max } caracteres.
    [note] A observação é longa demais: no máximo { $max } caracteres.
    [cashier] O nome do operador é longo demais: no máximo { $max } caracteres.
    [order-id] O ID do pedido é longo demais: no máximo { $max } caracteres.
   *[name] O nome é longo demais: no máximo { $max } caracteres.
}
error-text-control = { $what ->
    [category] A categoria tem um caractere de controle: digite texto simples.
    [note] A observação tem um caractere de controle: digite texto simples.
    [cashier] O nome do operador tem um caractere de controle: digite texto simples.
    [order-id] O ID do pedido tem um caractere de controle: digite texto simples.
   *[name] O nome tem um caractere de controle: digite texto simples.
}
error-sku-empty = O código está vazio.
error-sku-long = O código { $sku } tem mais de { $max } caracteres.
error-sku-character = O código { $sku } contém “{ $character }”: use só letras, algarismos, hífen (-), sublinhado (_) e ponto (.).
error-sku-from-name = “{ $name }” não gera um código, pois não tem letras nem algarismos: dê um código ao produto.
error-sku-taken = { $sku } já é o código de { $name }: dê a este produto um código próprio.
error-sku-unknown = Nenhum produto do catálogo tem o código { $sku }.
error-sku-fixed = O código de { $was } não pode mudar: adicione o produto de novo com o novo código.
error-item-there = { $name } já está no catálogo como { $target }: altere-o na lista ou dê outro código a este produto.
error-percent = “{ $text }” não é uma porcentagem: escreva algo como 8,875 ou 20.
error-percent-over = { $text }: uma porcentagem é no máximo 100.
error-percent-decimals = { $text }: uma porcentagem tem no máximo { $scale } casas decimais, como 8,875.
error-tax-rate = Uma alíquota de { $text } %: a alíquota precisa ser menor que 100 %.
error-adjustment-percent = { $text }: informe uma porcentagem de 0 a 100, como 10%.
error-cart-empty = Não há nada na venda.
error-line-empty = Uma linha precisa de um produto ou de um valor.
error-quantity = A quantidade é um número inteiro de 1 a { $max }, não { $qty }.
error-quantity-zero = { $name }: a quantidade precisa ser pelo menos 1.
error-quantity-large = { $name }: a quantidade é grande demais.
error-discount-line = O desconto de { $off } { $fiat } em { $name } é maior que o valor da linha ({ $amount } { $fiat }).
error-discount-sale = O desconto de { $off } { $fiat } é maior que a venda ({ $left } { $fiat }).
error-nothing-to-charge = Digite um valor ou adicione produtos.
error-items-total = Os produtos somam { $total } { $fiat }, não { $amount } { $fiat }: deixe o valor em branco ou corrija-o.
error-tip-not-offered = Essa gorjeta não é mais oferecida.
error-gateway-fiat = Este gateway só cobra em { $only }, não em { $fiat }: escolha outro gateway.
error-asset-not-offered = Este gateway não oferece { $asset }; ele oferece { $offered }.
error-below-minimum = { $amount } { $fiat } fica abaixo do menor pagamento em { $asset } que este gateway aceita ({ $min } { $fiat }).
error-above-maximum = { $amount } { $fiat } passa do maior pagamento em { $asset } que este gateway aceita ({ $max } { $fiat }).
error-cancel-status = O status da venda { $id } é { $status }: ela não pode mais ser cancelada.
error-cancel-theirs = Esta venda é de { $cashier }: só essa pessoa, um gerente ou o proprietário pode cancelá-la.
error-confirm-status = O status da venda { $id } é { $status }: só uma venda incompleta ou expirada pode ser confirmada manualmente.
error-txid = Informe o ID da transação (txid) que pagou a venda.
error-reason = O motivo é uma linha só, de até 200 caracteres.
error-updating = O Counterpay está instalando uma atualização e vai reiniciar em instantes; nenhuma venda foi iniciada.
error-no-update = Não há atualização esperando: procure atualizações primeiro.
error-setup-needed = Configure o caixa primeiro: o nome, a moeda e o PIN do proprietário.
error-set-up-already = Este caixa já está configurado: ele já tem um proprietário.
error-shop-name = Dê à loja um nome de uma linha só.
error-left-staff = { $name } não faz mais parte da equipe: entre de novo.
error-owner-only = Só o proprietário pode fazer isso: abra a Gerência com o PIN do proprietário.
error-manager-only = Só um gerente ou o proprietário pode fazer isso: abra a Gerência com o PIN de um deles.
error-not-manager = { $name } é { $role }: só um gerente ou o proprietário pode fazer isso.
error-pin-needed = Digite o PIN do proprietário para continuar.
error-owner-gone = O cadastro do proprietário não existe mais.
error-no-staff = Essa pessoa não está na equipe: escolha um nome.
error-staff-name = “{ $name }” não serve como nome: use de 1 a 32 caracteres imprimíveis.
error-staff-name-taken = { $name } já está na equipe; escolha outro nome.
error-owner-exists = { $name } já é o proprietário; um caixa tem um só proprietário.
error-one-owner = Um caixa tem um só proprietário, definido na configuração; adicione um gerente ou um operador.
error-owner-stays = O proprietário não pode ser removido; em vez disso, altere o PIN do proprietário.
error-recovery-none = Este caixa não tem código de recuperação: ele foi configurado antes de existirem códigos de recuperação.
error-recovery-damaged = O código de recuperação não abre as chaves deste caixa ({ $detail }).
error-fiat-priced = Os preços do catálogo estão em { $fiat }: remova os produtos antes de mudar a moeda.
error-no-shift = Nenhum turno { $number } foi fechado.
error-not-a-date = “{ $text }” não é uma data.
error-range-backwards = O período começa depois de terminar: escolha um primeiro dia anterior ao último.
error-range-long = Um relatório cobre no máximo { $max } dias: escolha um período menor.
error-date-out-of-range = Essa data está fora do intervalo.
error-export-write = Não foi possível gravar a exportação ({ $detail }).
error-provider-name = “{ $name }” não serve como nome de gateway: comece com uma letra e use letras, dígitos, - ou _ (no máximo 32).
error-provider-taken = Já existe um gateway chamado { $name }: remova-o primeiro ou escolha outro nome.
error-url-sandbox = O sandbox roda dentro do Counterpay e não usa endereço.
error-url-invalid = { $url } não é um endereço web ({ $detail }).
error-url-http = { $url }: com http simples, as credenciais e cada venda seguiriam sem criptografia. Use https:// (http só para um gateway de teste neste computador, como http://127.0.0.1).
error-url-scheme = { $url } precisa começar com https://.
error-url-credentials = O endereço não pode conter credenciais: informe-as no formulário do gateway.
error-option-unknown = { $kind } não tem a opção { $key }; aceita { $known }.
error-option-value = { $key } não pode ser { $value }: use { $allowed }.
error-option-fee-payer = Quem paga a taxa é definido no painel da Cryptofuse quando o gateway entra com uma chave de API.
error-option-number = { $key } = { $value }: use um número inteiro de { $low } a { $high }.
error-option-protocol = O sandbox fala apenas { $allowed }.
error-customer-window = Não foi possível abrir a tela do cliente ({ $detail }).
error-keyring = Não foi possível guardar as credenciais no chaveiro do sistema ({ $detail }).
error-write-place = Não é possível gravar nesse local ({ $detail }).
error-write-file = Não é possível gravar { $path } ({ $detail }).
error-print = Não foi possível abrir a janela de impressão ({ $detail }).

## Recusas de um saque ou de uma devolução, e de um endereço de destino.
## $network é o nome de uma rede (Bitcoin, Tron), $prefixes como os
## endereços dela começam, já unidos com "ou".

error-address-empty = Digite o endereço { $network } de destino.
error-address-spaces = O endereço { $network } tem espaços ou quebras de linha antes ou depois: remova-os.
error-address-network = Este não é um endereço { $network }: ele precisa começar com { $prefixes }.
error-address-testnet = Este é um endereço { $network } de testnet, que não guarda moedas reais: use um endereço de mainnet.
error-address-character = “{ $character }” não pode aparecer em um endereço { $network }: algum caractere foi digitado errado.
error-address-length = Este endereço { $network } é curto ou longo demais: falta ou sobra algum caractere.
error-address-hex-length = Um endereço { $network } é 0x seguido de 40 dígitos hexadecimais, e este tem { $digits }.
error-address-checksum = A soma de verificação do endereço { $network } não confere: algum caractere foi digitado errado.
error-address-eip55 = As letras maiúsculas e minúsculas deste endereço { $network } não conferem com a soma de verificação: algum caractere foi digitado errado.
error-address-mixed-case = Este endereço { $network } mistura letras minúsculas e maiúsculas: ele precisa estar todo em minúsculas ou todo em maiúsculas.
error-address-no-checksum = Este endereço { $network } está todo em minúsculas ou todo em maiúsculas, então um caractere digitado errado nele não pode ser detectado: copie-o da carteira na forma com maiúsculas e minúsculas.
error-address-kind = Este endereço { $network } é de um tipo que não conseguimos verificar: peça um que comece com { $prefixes }.
error-address-label = Dê ao endereço um nome de 1 a 40 caracteres.
error-address-saved = { $address } já está salvo para { $asset }.
error-no-address = Não há endereço salvo { $id }.
error-payout-network = { $asset } não tem uma rede de saque cujos endereços possamos verificar.
error-payout-minimum = O valor está abaixo do saque mínimo do gateway, de { $minimum } { $asset }.
error-payout-available = Só há { $available } { $asset } disponível.
error-payout-nothing-arrives = Depois da taxa de { $fee } { $asset }, nada chegaria.
error-nothing-available = Não há { $asset } disponível.
error-quote-changed = A cotação do gateway mudou desde a verificação: nada foi enviado. Verifique de novo.
error-check-withdrawal = Verifique o saque primeiro.
error-no-withdrawal = Não há saque { $id }.
error-withdrawal-final = O saque { $id } já está encerrado: { $state }.
error-check-refund = Verifique a devolução primeiro.
error-no-refund = Não há devolução { $id }.
error-refund-amount = “{ $text }”: informe o que foi pago a mais, tudo o que chegou ou um valor em { $asset }.
error-refund-status = O status da venda { $id } é { $status }: só é possível devolver dinheiro que chegou em uma venda paga ou incompleta.
error-refunded-already = Venda { $id }: tudo o que chegou nela já foi devolvido.
error-refund-no-excess = A venda { $id } não tem mais excedente a devolver: { $asked } { $asset } solicitados, { $paid } recebidos, { $refunded } já devolvidos.
error-refund-room = Venda { $id }: ainda é possível devolver { $left } { $asset }, não { $wanted }.
error-refund-too-much = Venda { $invoice }: { $already } { $asset } já foram devolvidos, e mais { $more } passariam dos { $paid } que chegaram.
error-refund-txid = Informe o ID da transação (txid) da devolução como aparece no painel do gateway.

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
