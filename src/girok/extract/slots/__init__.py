"""Filling an event's slots from its sentence and the narrative around it: date, place,
facility, victims, perpetrator (spec section 3). One module per slot; the engine uses these."""

from girok.extract.slots.common import clause_of
from girok.extract.slots.dates import event_date, when_it_began
from girok.extract.slots.perpetrators import event_perpetrator
from girok.extract.slots.places import event_facility, event_place, run_by_another
from girok.extract.slots.victims import event_victims, group_victims

__all__ = ["clause_of", "event_date", "event_facility", "event_perpetrator", "event_place",
           "event_victims", "group_victims", "run_by_another", "when_it_began"]
