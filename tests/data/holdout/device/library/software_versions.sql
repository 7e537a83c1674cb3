/*---
title: Software versions by device
description: >
  Package and applications versions of each device, with whether the two match. Optionally
  one software platform, or only the devices whose versions differ.
examples:
  - software versions for each device
  - which devices have a package version different from applications
  - Android devices package versions
keywords: [version, versions, package version, package, applications version, applications,
           app version, firmware, software, update, mismatch, differ, outdated]
params:
  platform: {type: string, optional: true, label: software platform}
  mismatched_only: {type: bool, default: false, label: only devices whose versions differ}
owner: "@retail-analytics"
---*/
SELECT d.Device AS device, d.Software_Platform AS software_platform,
       d.Package_Version AS package_version, d.Applications AS applications_version,
       d.Package_Version = d.Applications AS versions_match
FROM device AS d
WHERE 1 = 1
{% if platform %}AND d.Software_Platform = :platform
{% endif %}{% if mismatched_only %}AND d.Package_Version <> d.Applications
{% endif %}ORDER BY d.Device
