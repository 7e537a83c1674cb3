/*---
title: Bookings
description: >
  Every apartment booking: booking id, status, start and end date, the apartment (number,
  type, bedrooms, building) and the guest (first and last name, gender). Optionally one status,
  one apartment number, one apartment type, one building, the guests of one gender, one guest
  by last name, or apartments with at least so many bedrooms. Latest start first.
examples:
  - reservations that are still provisional
  - who has booked unit Apt. 585
  - stays booked in Barclay Tower
  - bookings by guest Runolfsdottir
  - bookings of the 3-bedroom-plus units
keywords: [booking, bookings, booked, reservation, reservations, reserved, stay, stays, lease,
           leases, tenancy, start, start date, end, end date, dates, from, until, status, status
           code, guest, guests, tenant, tenants, who, apartment number]
params:
  status:
    type: choice
    choices: [Provisional, Confirmed]
    optional: true
    synonyms: {tentative: Provisional, pending: Provisional, unconfirmed: Provisional,
               provisionally: Provisional, firm: Confirmed, confirmed: Confirmed}
  apartment: {type: string, optional: true, label: apartment number}
  apt_type:
    type: choice
    choices: [Studio, Flat, Duplex]
    optional: true
    synonyms: {studios: Studio, flats: Flat, duplexes: Duplex}
  building: {type: string, optional: true, label: building short name}
  gender:
    type: choice
    choices: [Male, Female, Unknown]
    optional: true
    synonyms: {men: Male, man: Male, male: Male, women: Female, woman: Female, female: Female,
               ladies: Female, unspecified: Unknown}
  last_name: {type: string, optional: true, label: guest's last name}
  min_bedrooms: {type: int, optional: true, min: 0, label: apartments with at least this many bedrooms}
owner: "@property-analytics"
---*/
SELECT
    bk.apt_booking_id,
    bk.booking_status_code,
    bk.booking_start_date,
    bk.booking_end_date,
    a.apt_number,
    a.apt_type_code,
    a.bedroom_count,
    b.building_short_name,
    g.guest_first_name,
    g.guest_last_name,
    g.gender_code
FROM Apartment_Bookings AS bk
JOIN Apartments AS a ON a.apt_id = bk.apt_id
JOIN Apartment_Buildings AS b ON b.building_id = a.building_id
JOIN Guests AS g ON g.guest_id = bk.guest_id
WHERE 1 = 1
{% if status %}AND bk.booking_status_code = :status
{% endif %}{% if apartment %}AND a.apt_number = :apartment
{% endif %}{% if apt_type %}AND a.apt_type_code = :apt_type
{% endif %}{% if building %}AND b.building_short_name = :building
{% endif %}{% if gender %}AND g.gender_code = :gender
{% endif %}{% if last_name %}AND g.guest_last_name = :last_name
{% endif %}{% if min_bedrooms is not none and min_bedrooms is not false %}AND a.bedroom_count >= :min_bedrooms
{% endif %}ORDER BY bk.booking_start_date DESC, bk.apt_booking_id
