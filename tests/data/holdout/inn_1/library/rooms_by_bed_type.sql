/*---
title: Rooms per bed type
description: Number of rooms and their average, lowest and highest base price per bed type.
examples:
  - room mix by bed type
  - what does a queen room cost on average
  - price range of double rooms compared with the others
keywords: [bed type, bed types, king, queen, double, rooms, count, number, average price,
           mean price, base price, per bed type, each bed type, breakdown]
params: {}
owner: "@revenue"
---*/
SELECT
    bedType,
    COUNT(*) AS rooms,
    ROUND(AVG(basePrice), 2) AS average_base_price,
    MIN(basePrice) AS lowest_base_price,
    MAX(basePrice) AS highest_base_price
FROM Rooms
GROUP BY bedType
ORDER BY rooms DESC, bedType
