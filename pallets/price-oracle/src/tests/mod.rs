mod combine;
mod feeders;
