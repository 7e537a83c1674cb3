/*---
title: Supplier directory
description: >
  One row per supplier: id, name, phone, the addresses on record (alphabetical, separated
  by semicolons), how many products it supplies, the total and average (per product)
  amount and value purchased from it. One supplier by name; sorted by name (default), by
  address (alphabetical, suppliers without an address last), most products first or most
  value first.
examples:
  - supplier contact list
  - phone and address of Tesco
  - which vendor do we buy the most from by value
  - vendors ranked by size of their range
keywords: [supplier, suppliers, vendor, vendors, contact, phone, phone number, telephone,
           address, addresses, located, products supplied, range, amount, value, purchased,
           average, total, most, alphabetical]
params:
  supplier: {type: string, optional: true, label: supplier name}
  sort:
    type: choice
    choices: [name, address, most_products, most_value]
    default: name
    synonyms: {alphabetical: name, by name: name, by address: address,
               address order: address, most items: most_products, widest range: most_products,
               biggest: most_value, highest value: most_value}
owner: "@procurement"
---*/
WITH addresses AS (
    SELECT
        sa.supplier_id,
        STRING_AGG(a.address_details, '; ' ORDER BY a.address_details) AS addresses,
        MIN(a.address_details) AS first_address
    FROM Supplier_Addresses AS sa
    JOIN Addresses AS a ON a.address_id = sa.address_id
    GROUP BY sa.supplier_id
),
supply AS (
    SELECT
        supplier_id,
        COUNT(*) AS products_supplied,
        SUM(total_amount_purchased) AS total_amount_purchased,
        SUM(total_value_purchased) AS total_value_purchased,
        ROUND(AVG(total_amount_purchased), 2) AS average_amount_per_product,
        ROUND(AVG(total_value_purchased), 2) AS average_value_per_product
    FROM Product_Suppliers
    GROUP BY supplier_id
)
SELECT
    s.supplier_id,
    s.supplier_name,
    s.supplier_phone,
    ad.addresses,
    COALESCE(su.products_supplied, 0) AS products_supplied,
    su.total_amount_purchased,
    su.total_value_purchased,
    su.average_amount_per_product,
    su.average_value_per_product
FROM Suppliers AS s
LEFT JOIN addresses AS ad ON ad.supplier_id = s.supplier_id
LEFT JOIN supply AS su ON su.supplier_id = s.supplier_id
WHERE 1 = 1
{% if supplier %}AND s.supplier_name = :supplier
{% endif %}ORDER BY
{% if sort == 'address' %}ad.first_address NULLS LAST, s.supplier_name
{% elif sort == 'most_products' %}products_supplied DESC, s.supplier_name
{% elif sort == 'most_value' %}su.total_value_purchased DESC NULLS LAST, s.supplier_name
{% else %}s.supplier_name
{% endif %}
