/*---
title: Product supply by supplier
description: >
  One row per product and supplier that supplies it: supplier id, name and phone, product
  id, name, type and list price, the supply period, and the total amount and total value
  purchased from that supplier. Filter by supplier (name or id), by one product name or by
  product type; largest amount purchased first (default), largest value first, or by
  product or supplier.
examples:
  - who supplies the blue topping
  - what does Lidl deliver to us
  - hardware purchases per supplier, biggest first
  - purchase volumes for supplier 4
keywords: [supplier, suppliers, vendor, vendors, supply, supplies, supplied, supplying,
           provide, provides, delivered, purchased, purchase, purchases, bought in, amount,
           value, volume, largest, biggest, product, products, item, items, phone]
params:
  supplier: {type: string, optional: true, label: supplier name}
  supplier_id: {type: int, optional: true, min: 1}
  product: {type: string, optional: true, label: product name}
  product_type:
    type: choice
    optional: true
    choices: [Clothes, Hardware]
    synonyms: {clothing: Clothes, apparel: Clothes, garments: Clothes,
               electronics: Hardware, computer hardware: Hardware, tech: Hardware}
  sort:
    type: choice
    choices: [largest_amount, largest_value, product, supplier]
    default: largest_amount
    synonyms: {biggest amount: largest_amount, most purchased: largest_amount,
               highest value: largest_value, most valuable: largest_value,
               by product: product, by supplier: supplier}
owner: "@procurement"
---*/
SELECT
    s.supplier_id,
    s.supplier_name,
    s.supplier_phone,
    p.product_id,
    p.product_name,
    p.product_type_code,
    p.product_price,
    ps.date_supplied_from,
    ps.date_supplied_to,
    ps.total_amount_purchased,
    ps.total_value_purchased
FROM Product_Suppliers AS ps
JOIN Suppliers AS s ON s.supplier_id = ps.supplier_id
JOIN Products AS p ON p.product_id = ps.product_id
WHERE 1 = 1
{% if supplier %}AND s.supplier_name = :supplier
{% endif %}{% if supplier_id is not none and supplier_id is not false %}AND s.supplier_id = :supplier_id
{% endif %}{% if product %}AND p.product_name = :product
{% endif %}{% if product_type %}AND p.product_type_code = :product_type
{% endif %}ORDER BY
{% if sort == 'largest_value' %}ps.total_value_purchased DESC
{% elif sort == 'product' %}p.product_id, s.supplier_id
{% elif sort == 'supplier' %}s.supplier_name, p.product_id
{% else %}ps.total_amount_purchased DESC
{% endif %}
