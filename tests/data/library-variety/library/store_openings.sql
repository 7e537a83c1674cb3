/*---
title: Store openings by state
description: Stores opened in a state, with their city.
examples:
  - stores opened in Florida
  - which stores do we have in washington
params:
  state:
    type: choice
    choices: [FL, NM, WA]
    synonyms: {florida: FL, new mexico: NM, washington: WA}
    default: FL
---*/
SELECT st.city, st.opened FROM stores st WHERE st.state_code = :state ORDER BY st.opened
